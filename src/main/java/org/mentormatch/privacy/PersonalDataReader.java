package org.mentormatch.privacy;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.affinity.AffinityService;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.cohort.CohortResponse;
import org.mentormatch.exclusion.Exclusion;
import org.mentormatch.exclusion.ExclusionResponse;
import org.mentormatch.match.Match;
import org.mentormatch.match.MatchResponse;
import org.mentormatch.matchrun.MatchProposal;
import org.mentormatch.matchrun.ProposalResponse;
import org.mentormatch.matchrun.SnapshotLoader;
import org.mentormatch.checkin.CheckIn;
import org.mentormatch.checkin.CheckInResponse;
import org.mentormatch.feedback.Feedback;
import org.mentormatch.feedback.FeedbackResponse;
import org.mentormatch.outcome.Outcome;
import org.mentormatch.outcome.OutcomeResponse;
import org.mentormatch.preference.PreferenceService;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.MenteeResponse;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.MentorResponse;
import org.mentormatch.profile.Profile;

/** Gathers everything held about one profile: the profile, and every row of its cohort that names it. */
@ApplicationScoped
@Transactional(SUPPORTS)
class PersonalDataReader {

    private static final Sort CREATION_ORDER = Sort.by("createdAt").and("id");

    private final SnapshotLoader cohortNames;
    private final AffinityService affinities;
    private final AuditTrail audit;
    private final PreferenceService preferences;

    PersonalDataReader(SnapshotLoader cohortNames, AffinityService affinities, AuditTrail audit,
            PreferenceService preferences) {
        this.cohortNames = cohortNames;
        this.affinities = affinities;
        this.audit = audit;
        this.preferences = preferences;
    }

    HeldProfile read(Profile profile) {
        ParticipantRole role = ParticipantRole.of(profile);
        Map<UUID, String> names = cohortNames.names(profile.cohortId);
        String naming = role.idProperty() + " = ?1";
        List<Match> matches = Match.list(naming, CREATION_ORDER, profile.id);
        List<UUID> subjects = new ArrayList<>(List.of(profile.id));
        matches.forEach(match -> subjects.add(match.id));
        return new HeldProfile(
                role,
                CohortResponse.of(Cohort.findById(profile.cohortId)),
                profile instanceof Mentor mentor ? MentorResponse.of(mentor) : null,
                profile instanceof Mentee mentee ? MenteeResponse.of(mentee) : null,
                matches.stream().map(match -> new HeldMatch(
                        counterpart(role.counterpart(match.menteeId, match.mentorId), names),
                        MatchResponse.of(match))).toList(),
                checkIns(matches),
                feedback(matches),
                proposals(profile, role, names),
                Exclusion.<Exclusion>list(naming, CREATION_ORDER, profile.id).stream().map(exclusion -> new HeldExclusion(
                        counterpart(role.counterpart(exclusion.menteeId, exclusion.mentorId), names),
                        ExclusionResponse.of(exclusion))).toList(),
                affinities.involving(profile.cohortId, profile.id).stream().map(affinity -> new HeldAffinity(
                        counterpart(role.counterpart(affinity.menteeId(), affinity.mentorId()), names),
                        affinity)).toList(),
                outcomes(profile),
                audit.about(subjects),
                preferences.statedBy(profile));
    }

    private static List<CheckInResponse> checkIns(List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        return CheckIn.<CheckIn>list("matchId in ?1", Sort.by("metOn").and("createdAt").and("id"), ids(matches)).stream()
                .map(CheckInResponse::of)
                .toList();
    }

    private static List<FeedbackResponse> feedback(List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        return Feedback.<Feedback>list("matchId in ?1", Sort.by("dueOn").and("side").and("id"), ids(matches)).stream()
                .map(FeedbackResponse::of)
                .toList();
    }

    private static List<UUID> ids(List<Match> matches) {
        return matches.stream().map(match -> match.id).toList();
    }

    /** Outcomes are recorded for mentees only. */
    private static List<OutcomeResponse> outcomes(Profile profile) {
        if (!(profile instanceof Mentee)) {
            return List.of();
        }
        return Outcome.<Outcome>list("menteeId", Sort.by("achievedOn").and("createdAt").and("id"), profile.id).stream()
                .map(OutcomeResponse::of)
                .toList();
    }

    private static List<HeldProposal> proposals(Profile profile, ParticipantRole role, Map<UUID, String> names) {
        return MatchProposal.getEntityManager().createQuery("""
                        select p from MatchProposal p, MatchRun r where r.id = p.runId and p.%s = :id
                        order by r.createdAt, r.id""".formatted(role.idProperty()), MatchProposal.class)
                .setParameter("id", profile.id)
                .getResultStream()
                .map(proposal -> new HeldProposal(proposal.runId, ProposalResponse.of(proposal, names)))
                .toList();
    }

    private static Counterpart counterpart(UUID id, Map<UUID, String> names) {
        return new Counterpart(id, names.get(id));
    }
}
