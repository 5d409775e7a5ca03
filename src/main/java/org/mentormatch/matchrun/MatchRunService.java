package org.mentormatch.matchrun;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;

/** Match runs of a cohort: start, follow, stop, and read their proposals. */
@ApplicationScoped
public class MatchRunService {

    private static final Logger LOG = Logger.getLogger(MatchRunService.class);
    private static final Sort NEWEST_FIRST = Sort.by("createdAt", Sort.Direction.Descending).and("id");

    private final CohortService cohorts;
    private final SnapshotLoader loader;
    private final RunJob jobs;
    private final RunStore store;
    private final MatchRunner runner;

    public MatchRunService(CohortService cohorts, SnapshotLoader loader, RunJob jobs, RunStore store, MatchRunner runner) {
        this.cohorts = cohorts;
        this.loader = loader;
        this.jobs = jobs;
        this.store = store;
        this.runner = runner;
    }

    /**
     * Records the run as QUEUED and its job, in one transaction, so a committed run is always solved by some
     * instance and a job always finds its row. The cohort is read here to refuse an empty one and to fingerprint
     * it; the instance that solves the run reads it again and records what it solved.
     */
    public RunResponse start(UUID programmeId, UUID cohortId, RunRequest request) {
        RunRequest options = request == null ? new RunRequest(null, null, null, null) : request;
        OffsetDateTime readFrom = OffsetDateTime.now();
        CohortSnapshot snapshot = loader.load(cohortId, options.modeOrDefault());
        MatchRun run = QuarkusTransaction.requiringNew().call(() -> {
            MatchRun queued = queue(programmeId, cohortId, options, snapshot);
            refuseIfAnonymisedSince(cohortId, readFrom);
            jobs.queue(queued.id);
            return queued;
        });
        jobs.startQueued();
        return RunResponse.of(run);
    }

    /**
     * Someone erased between reading the cohort and taking its lock would be written back into the proposals
     * from the snapshot; with the lock held, no erasure can slip in after this check.
     */
    private static void refuseIfAnonymisedSince(UUID cohortId, OffsetDateTime readFrom) {
        if (Mentee.count("cohortId = ?1 and anonymisedAt >= ?2", cohortId, readFrom)
                + Mentor.count("cohortId = ?1 and anonymisedAt >= ?2", cohortId, readFrom) > 0) {
            throw new Conflict("cohort-changed",
                    "People of cohort %s were anonymised while the run read it; start the run again".formatted(cohortId));
        }
    }

    private MatchRun queue(UUID programmeId, UUID cohortId, RunRequest options, CohortSnapshot snapshot) {
        cohorts.lock(cohorts.require(programmeId, cohortId));
        if (snapshot.isEmpty()) {
            throw new Conflict("empty-cohort", "Cohort %s has %d mentees and %d mentors; a run needs at least one of each"
                    .formatted(cohortId, snapshot.mentees().size(), snapshot.mentors().size()));
        }
        MatchRun.activeIn(cohortId)
                .ifPresent(activeRun -> {
                    throw alreadyActive(cohortId, activeRun.id);
                });
        MatchRun run = new MatchRun();
        run.cohortId = cohortId;
        run.timeLimitSeconds = options.timeLimit();
        run.seed = options.seedOrDefault();
        run.stepLimit = options.stepLimit();
        run.termination = options.termination();
        run.policy = snapshot.policy();
        run.inputHash = loader.hash(snapshot);
        run.mode = options.modeOrDefault();
        run.pinnedPairs = snapshot.pinned().size();
        try {
            run.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, "match_run_one_active_idx")) {
                // Another request queued a run between the check and this insert.
                throw alreadyActive(cohortId, null);
            }
            throw e;
        }
        LOG.infof("Match run %s queued for cohort %s", run.id, cohortId);
        return run;
    }

    @Transactional(SUPPORTS)
    public Page<RunResponse> list(UUID programmeId, UUID cohortId, PageRequest page) {
        cohorts.require(programmeId, cohortId);
        return Page.of(MatchRun.<MatchRun>find("cohortId", NEWEST_FIRST, cohortId), page, RunResponse::of);
    }

    @Transactional(SUPPORTS)
    public RunResponse get(UUID programmeId, UUID cohortId, UUID runId) {
        return RunResponse.of(require(programmeId, cohortId, runId));
    }

    /**
     * Stops an active run early; it ends CANCELLED with the best result found so far. A run no instance has begun
     * ends here; for one that is solving, the request is stored, and the instance solving it, wherever it is, stops
     * it within a second or two (at once if that is this one).
     */
    public RunResponse cancel(UUID programmeId, UUID cohortId, UUID runId) {
        MatchRun run = QuarkusTransaction.requiringNew().call(() -> require(programmeId, cohortId, runId));
        if (!run.status.isActive()) {
            throw new Conflict("run-ended", "Match run %s has already ended (%s)".formatted(runId, run.status));
        }
        if (!store.cancelUnstarted(runId)) {
            store.requestCancel(runId);
            runner.cancelHere(runId);
        }
        LOG.infof("Match run %s stop requested", runId);
        return QuarkusTransaction.requiringNew().call(() -> RunResponse.of(MatchRun.findById(runId)));
    }

    @Transactional(SUPPORTS)
    public Page<ProposalResponse> proposals(UUID programmeId, UUID cohortId, UUID runId, PageRequest page) {
        MatchRun run = require(programmeId, cohortId, runId);
        if (!run.hasProposals()) {
            throw new Conflict("no-proposals", "Match run %s is %s; proposals exist once it is COMPLETED or CANCELLED"
                    .formatted(runId, run.status));
        }
        Map<UUID, String> names = loader.names(cohortId);
        var query = MatchProposal.<MatchProposal>find("runId", Sort.by("quality", Sort.Direction.Ascending,
                Sort.NullPrecedence.NULLS_FIRST).and("menteeId"), runId);
        return Page.of(query, page, proposal -> ProposalResponse.of(proposal, names));
    }

    private MatchRun require(UUID programmeId, UUID cohortId, UUID runId) {
        cohorts.require(programmeId, cohortId);
        return MatchRun.<MatchRun>find("id = ?1 and cohortId = ?2", runId, cohortId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Match run", runId));
    }

    private static Conflict alreadyActive(UUID cohortId, UUID activeRunId) {
        Conflict conflict = new Conflict("run-active",
                "Cohort %s already has an active match run%s; wait for it or stop it first".formatted(cohortId,
                        activeRunId == null ? "" : " (" + activeRunId + ")"));
        if (activeRunId != null) {
            conflict.with("activeRunId", activeRunId);
        }
        return conflict;
    }
}
