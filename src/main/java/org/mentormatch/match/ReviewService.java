package org.mentormatch.match;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.mentormatch.audit.Actor;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.cohort.CohortStatus;
import org.mentormatch.matching.model.HardRule;
import org.mentormatch.matching.solver.PlanConstraint;
import org.mentormatch.matchrun.MatchProposal;
import org.mentormatch.matchrun.MatchRun;
import org.mentormatch.matchrun.PairVerdict;
import org.mentormatch.matchrun.SnapshotLoader;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.NotFound;

/** Turning a run into the cohort's proposals, hand matches, and publishing the decided pairs. */
@ApplicationScoped
@Transactional
public class ReviewService {

    private static final Logger LOG = Logger.getLogger(ReviewService.class);

    private final CohortService cohorts;
    private final SnapshotLoader judge;
    private final Decisions decisions;
    private final AuditTrail audit;
    private final Actor actor;
    private final MatchEvents events;

    public ReviewService(CohortService cohorts, SnapshotLoader judge, Decisions decisions, AuditTrail audit,
            Actor actor, MatchEvents events) {
        this.cohorts = cohorts;
        this.judge = judge;
        this.decisions = decisions;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
    }

    /**
     * Replaces the cohort's undecided proposals with the run's. Accepted and published pairs stay; a pair a
     * coordinator has rejected, or that involves someone who has left, is not proposed again.
     */
    public AdoptionResult adopt(UUID programmeId, UUID cohortId, UUID runId) {
        cohorts.lock(cohorts.require(programmeId, cohortId));
        MatchRun run = MatchRun.<MatchRun>find("id = ?1 and cohortId = ?2", runId, cohortId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Match run", runId));
        if (!run.hasProposals()) {
            throw new Conflict("no-proposals", "Match run %s is %s; only a COMPLETED or CANCELLED run can be adopted"
                    .formatted(runId, run.status));
        }
        long replaced = Match.delete("cohortId = ?1 and status = ?2", cohortId, MatchStatus.PROPOSED);
        Match.flush();
        Set<UUID> decided = decisions.pinned(cohortId, false).keySet();
        Set<String> ruledOut = decisions.ruledOut(cohortId).stream()
                .map(pair -> pair.menteeId() + "/" + pair.mentorId())
                .collect(Collectors.toSet());
        Set<UUID> present = present(cohortId);
        int adopted = 0;
        for (MatchProposal proposal : MatchProposal.<MatchProposal>list("runId", Sort.by("menteeId"), runId)) {
            if (proposal.mentorId == null || decided.contains(proposal.menteeId)
                    || ruledOut.contains(proposal.menteeId + "/" + proposal.mentorId)
                    || !present.contains(proposal.menteeId) || !present.contains(proposal.mentorId)) {
                continue;
            }
            Match match = new Match();
            match.cohortId = cohortId;
            match.menteeId = proposal.menteeId;
            match.mentorId = proposal.mentorId;
            match.status = MatchStatus.PROPOSED;
            match.source = MatchSource.SOLVER;
            match.runId = runId;
            match.quality = proposal.quality;
            match.reasons = proposal.reasons;
            match.persist();
            adopted++;
        }
        flushOrConflict();
        audit.record(cohortId, "ADOPT", runId, null,
                "run %s: %d proposals adopted, %d earlier proposals replaced".formatted(runId, adopted, replaced));
        LOG.infof("Run %s adopted in cohort %s: %d proposals", runId, cohortId, adopted);
        return new AdoptionResult(runId, adopted, (int) replaced);
    }

    /**
     * A pair made by hand is accepted at once. One that breaks a rule, or a full mentor's capacity, is refused
     * with the rule named, unless the coordinator overrides it with a reason, which is recorded.
     */
    public MatchResponse createManual(UUID programmeId, UUID cohortId, ManualMatchRequest request) {
        cohorts.lock(cohorts.require(programmeId, cohortId));
        Mentee mentee = Mentee.<Mentee>find("id = ?1 and cohortId = ?2", request.menteeId(), cohortId).firstResult();
        Mentor mentor = Mentor.<Mentor>find("id = ?1 and cohortId = ?2", request.mentorId(), cohortId).firstResult();
        if (mentee == null) {
            throw new Invalid("menteeId", "is not a mentee of this cohort");
        }
        if (mentor == null) {
            throw new Invalid("mentorId", "is not a mentor of this cohort");
        }
        if (mentee.isWithdrawn() || mentor.isWithdrawn()) {
            throw new Conflict("withdrawn", "A participant who has left the programme cannot be matched");
        }
        if (Match.count("menteeId = ?1 and status in ?2", mentee.id, MatchStatus.LIVE) > 0) {
            throw new Conflict("mentee-matched", "Mentee %s already has an accepted or published match; end it first"
                    .formatted(mentee.id));
        }
        PairVerdict verdict = judge.judge(cohortId, mentee, mentor);
        Mentor.getEntityManager().lock(mentor, LockModeType.PESSIMISTIC_WRITE);
        boolean full = Match.count("mentorId = ?1 and status in ?2", mentor.id, MatchStatus.LIVE) >= mentor.capacity;
        String override = request.override() == null ? null : request.override().reason();
        if ((!verdict.isAllowed() || full) && override == null) {
            List<String> rules = verdict.broken().stream().map(ReviewService::explain).collect(Collectors.toList());
            if (full) {
                rules.add(PlanConstraint.MENTOR_CAPACITY.constraintName() + ": the mentor already has %d mentees"
                        .formatted(mentor.capacity));
            }
            throw new Conflict("breaks-rule",
                    "This pair breaks %s; send an override with a reason to make it anyway".formatted(String.join("; ", rules)))
                    .with("rules", rules);
        }
        Match.delete("menteeId = ?1 and status = ?2", mentee.id, MatchStatus.PROPOSED);
        Match.flush();
        Match match = new Match();
        match.cohortId = cohortId;
        match.menteeId = mentee.id;
        match.mentorId = mentor.id;
        match.source = MatchSource.MANUAL;
        match.quality = verdict.quality();
        match.overrideReason = override;
        match.decide(MatchStatus.ACCEPTED, actor.name(), request.reason());
        match.persist();
        flushOrConflict();
        audit.record(cohortId, "MANUAL_PAIR", match.id, request.reason(), "match %s made by hand".formatted(match.id));
        if (override != null) {
            audit.record(cohortId, "OVERRIDE", match.id, override, "match %s overrides: %s".formatted(match.id,
                    verdict.broken().stream().map(Enum::name).collect(Collectors.joining(", "))));
        }
        return MatchResponse.of(match);
    }

    /** Accepted pairs become published, and the cohort with them; refused while anything is still open. */
    public PublishResult publish(UUID programmeId, UUID cohortId) {
        Cohort cohort = cohorts.lock(cohorts.require(programmeId, cohortId));
        MatchRun.refuseWhileActive(cohortId, "publishing");
        List<UUID> undecided = Match.<Match>find("cohortId = ?1 and status = ?2", cohortId, MatchStatus.PROPOSED)
                .stream().map(match -> match.id).toList();
        if (!undecided.isEmpty()) {
            throw new Conflict("undecided",
                    "%d proposals are still undecided; accept or reject them first".formatted(undecided.size()))
                    .with("undecidedMatchIds", undecided.subList(0, Math.min(50, undecided.size())));
        }
        List<Match> accepted = Match.<Match>list("cohortId = ?1 and status = ?2", cohortId, MatchStatus.ACCEPTED);
        accepted.forEach(match -> {
            match.decide(MatchStatus.PUBLISHED, actor.name(), null);
            events.published(programmeId, match);
        });
        cohort.status = CohortStatus.PUBLISHED;
        Match.flush();
        audit.record(cohortId, "PUBLISH", cohortId, null, "%d matches published".formatted(accepted.size()));
        return new PublishResult(accepted.size(),
                (int) Match.count("cohortId = ?1 and status = ?2", cohortId, MatchStatus.PUBLISHED));
    }

    /** A mentee has one open match at most; a concurrent decision that got there first wins. */
    private static void flushOrConflict() {
        try {
            Match.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "match_one_open_per_mentee_idx")) {
                throw new Conflict("concurrent-change",
                        "Another decision on the same mentee was made at the same moment; read the matches again");
            }
            throw e;
        }
    }

    private Set<UUID> present(UUID cohortId) {
        Set<UUID> ids = new HashSet<>();
        Mentee.<Mentee>find("cohortId = ?1 and withdrawnOn is null", cohortId).stream().forEach(m -> ids.add(m.id));
        Mentor.<Mentor>find("cohortId = ?1 and withdrawnOn is null", cohortId).stream().forEach(m -> ids.add(m.id));
        return ids;
    }

    private static String explain(HardRule rule) {
        return rule.constraintName() + ": " + rule.broken();
    }
}
