package org.mentormatch.matchrun;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.event.EventType;
import org.mentormatch.event.ProgrammeEvent;

/**
 * The writes the solving instance makes to a run's row, each in its own short transaction. They go by status and
 * attempt (bulk updates), not by loading the entity, so a late event of an attempt that was given up for dead
 * cannot overwrite what the attempt after it wrote, nor a finished run.
 */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
class RunStore {

    private static final Logger LOG = Logger.getLogger(RunStore.class);
    private static final List<RunStatus> ACTIVE = List.of(RunStatus.QUEUED, RunStatus.SOLVING);
    static final int MAX_ATTEMPTS = 3;

    private final Event<ProgrammeEvent> events;

    RunStore(Event<ProgrammeEvent> events) {
        this.events = events;
    }

    /**
     * Takes an active run for solving on {@code worker}: counts the attempt and marks it SOLVING. A run that has
     * already been started {@value #MAX_ATTEMPTS} times (each instance that solved it died) fails instead.
     * Empty when there is nothing to solve: the run has ended (or was deleted) meanwhile, or has failed now.
     */
    Optional<RunInput> claim(UUID runId, String worker) {
        MatchRun run = MatchRun.findById(runId);
        if (run == null || !run.status.isActive()) {
            return Optional.empty();
        }
        if (run.attempt >= MAX_ATTEMPTS) {
            endFailed(run, "Solving was interrupted %d times (each instance solving it stopped, last %s); start a new run"
                    .formatted(run.attempt, run.worker));
            return Optional.empty();
        }
        run.attempt++;
        run.worker = worker;
        run.status = RunStatus.SOLVING;
        if (run.startedAt == null) {
            run.startedAt = OffsetDateTime.now();
        }
        LOG.infof("Match run %s solving on %s, attempt %d", runId, worker, run.attempt);
        UUID programmeId = Cohort.<Cohort>findById(run.cohortId).programmeId;
        return Optional.of(RunInput.of(run, programmeId));
    }

    /** The fingerprint of what this attempt read, which is what it solves. */
    void recordInput(UUID runId, int attempt, String inputHash) {
        MatchRun.update("inputHash = ?1 where id = ?2 and attempt = ?3 and status = ?4", inputHash, runId, attempt,
                RunStatus.SOLVING);
    }

    void recordBestScore(UUID runId, int attempt, String score) {
        MatchRun.update("bestScore = ?1 where id = ?2 and attempt = ?3 and status = ?4", score, runId, attempt,
                RunStatus.SOLVING);
    }

    /** Writes the proposals and ends the run, in one transaction: a run never shows as ended without them. */
    void finish(UUID runId, int attempt, RunStatus status, String score, RunReport report, String message,
            TerminationReason reason) {
        MatchRun run = MatchRun.findById(runId);
        if (run == null || !run.status.isActive() || run.attempt != attempt) {
            return; // deleted with its cohort meanwhile, already ended, or revived elsewhere after this one stalled
        }
        report.proposals().forEach(proposal -> proposal.persist());
        run.status = status;
        run.bestScore = score;
        run.metrics = report.metrics();
        run.message = message;
        run.terminationReason = reason;
        run.endedAt = OffsetDateTime.now();
        LOG.infof("Match run %s %s (%s): %s, %d matched, %d unmatched", runId, status, reason, score,
                report.metrics().menteesMatched(), report.metrics().menteesUnmatched());
        if (status == RunStatus.COMPLETED) {
            fire(EventType.RUN_COMPLETED, run);
        }
    }

    void fail(UUID runId, String message) {
        int updated = MatchRun.update("status = ?1, message = ?2, endedAt = ?3, version = version + 1 "
                + "where id = ?4 and status in ?5", RunStatus.FAILED, message, OffsetDateTime.now(), runId, ACTIVE);
        if (updated > 0) {
            LOG.warnf("Match run %s failed: %s", runId, message);
            fire(EventType.RUN_FAILED, MatchRun.findById(runId));
        }
    }

    /**
     * Gives a run back to the cluster when this instance stops: another instance (or this one, restarted) solves it
     * again. Leaving was not a failure, so the attempt is not counted against the run.
     */
    void handBack(UUID runId, int attempt) {
        int updated = MatchRun.update("status = ?1, attempt = attempt - 1, bestScore = null, version = version + 1 "
                + "where id = ?2 and attempt = ?3 and status = ?4", RunStatus.QUEUED, runId, attempt, RunStatus.SOLVING);
        if (updated > 0) {
            LOG.infof("Match run %s handed back: this instance is stopping", runId);
        }
    }

    /** Ends a run no instance has begun to solve; true if it was still waiting. */
    boolean cancelUnstarted(UUID runId) {
        return MatchRun.update("status = ?1, message = ?2, endedAt = ?3, terminationReason = ?4, version = version + 1 "
                        + "where id = ?5 and status = ?6", RunStatus.CANCELLED, "Cancelled before it started",
                OffsetDateTime.now(), TerminationReason.CANCELLED, runId, RunStatus.QUEUED) > 0;
    }

    /** Stores a stop request for the instance that solves the run, wherever it is, to see. */
    void requestCancel(UUID runId) {
        MatchRun.update("cancelRequestedAt = ?1 where id = ?2 and status in ?3 and cancelRequestedAt is null",
                OffsetDateTime.now(), runId, ACTIVE);
    }

    /** Which of these runs someone asked to stop. */
    List<UUID> cancelRequested(Collection<UUID> runIds) {
        return MatchRun.<MatchRun>find("id in ?1 and cancelRequestedAt is not null", runIds).stream()
                .map(run -> run.id).toList();
    }

    private void endFailed(MatchRun run, String message) {
        run.status = RunStatus.FAILED;
        run.message = message;
        run.endedAt = OffsetDateTime.now();
        LOG.warnf("Match run %s failed: %s", run.id, message);
        fire(EventType.RUN_FAILED, run);
    }

    /** Tells other systems (webhooks) how a run ended, by ids and codes, in the transaction that ends it. */
    private void fire(EventType type, MatchRun run) {
        Map<String, String> data = new HashMap<>();
        data.put("runId", run.id.toString());
        data.put("cohortId", run.cohortId.toString());
        data.put("mode", run.mode.name());
        data.put("status", run.status.name());
        if (run.terminationReason != null) {
            data.put("terminationReason", run.terminationReason.name());
        }
        events.fire(new ProgrammeEvent(Cohort.<Cohort>findById(run.cohortId).programmeId, type, data));
    }
}
