package org.mentormatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.audit.Actor;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.Profile;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;

/**
 * A mentee or mentor leaves mid-year: their open matches end in the same transaction, so the orphaned mentees
 * or the freed capacity are open for a repair run at once.
 */
@ApplicationScoped
@Transactional
public class WithdrawalService {

    private static final Logger LOG = Logger.getLogger(WithdrawalService.class);

    private final CohortService cohorts;
    private final AuditTrail audit;
    private final Actor actor;
    private final MatchEvents events;

    public WithdrawalService(CohortService cohorts, AuditTrail audit, Actor actor, MatchEvents events) {
        this.cohorts = cohorts;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
    }

    public WithdrawalResult withdrawMentee(UUID programmeId, UUID cohortId, UUID menteeId, WithdrawalRequest request) {
        cohorts.require(programmeId, cohortId);
        Mentee mentee = Mentee.<Mentee>find("id = ?1 and cohortId = ?2", menteeId, cohortId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Mentee", menteeId));
        return withdraw(cohortId, mentee, "menteeId", request);
    }

    public WithdrawalResult withdrawMentor(UUID programmeId, UUID cohortId, UUID mentorId, WithdrawalRequest request) {
        cohorts.require(programmeId, cohortId);
        Mentor mentor = Mentor.<Mentor>find("id = ?1 and cohortId = ?2", mentorId, cohortId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Mentor", mentorId));
        return withdraw(cohortId, mentor, "mentorId", request);
    }

    /** Withdraws a participant the caller has already found, in the caller's transaction (an erasure does). */
    public WithdrawalResult withdraw(Profile participant, WithdrawalRequest request) {
        return withdraw(participant.cohortId, participant, participant instanceof Mentee ? "menteeId" : "mentorId",
                request);
    }

    private WithdrawalResult withdraw(UUID cohortId, Profile participant, String side, WithdrawalRequest request) {
        if (participant.isWithdrawn()) {
            throw new Conflict("already-withdrawn", "%s %s left the programme on %s".formatted(
                    side.equals("menteeId") ? "Mentee" : "Mentor", participant.id, participant.withdrawnOn));
        }
        participant.withdrawnOn = request.date() == null ? LocalDate.now() : request.date();
        participant.withdrawalReason = request.reason();
        String why = "withdrawn: " + request.reason() + (request.note() == null ? "" : " (" + request.note() + ")");
        List<Match> open = Match.list(side + " = ?1 and status in ?2", participant.id, MatchStatus.OPEN);
        UUID programmeId = open.isEmpty() ? null : Cohort.<Cohort>findById(cohortId).programmeId;
        for (Match match : open) {
            // A proposal that ends was never a pair: other systems hear of accepted and published ones only.
            boolean live = MatchStatus.LIVE.contains(match.status);
            match.decide(MatchStatus.ENDED, actor.name(), why);
            audit.record(cohortId, "END", match.id, why, "match %s ENDED by a withdrawal".formatted(match.id));
            if (live) {
                events.endedByWithdrawal(programmeId, match, request.reason());
            }
        }
        audit.record(cohortId, "WITHDRAW", participant.id, request.note(), "%s %s withdrawn: %s, %d matches ended"
                .formatted(side.equals("menteeId") ? "mentee" : "mentor", participant.id, request.reason(), open.size()));
        Match.flush();
        LOG.infof("Participant %s withdrawn from cohort %s; %d matches ended", participant.id, cohortId, open.size());
        return new WithdrawalResult(participant.id, participant.withdrawnOn, request.reason(),
                open.stream().map(match -> match.id).toList());
    }
}
