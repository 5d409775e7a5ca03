package org.mentormatch.matchrun;

import static jakarta.transaction.Transactional.TxType.REQUIRES_NEW;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * The writes the solver threads make to a run's row, each in its own short transaction. They go by status
 * (a bulk update), not by loading the entity, so a late best-score event cannot overwrite a finished run.
 */
@ApplicationScoped
@Transactional(REQUIRES_NEW)
class RunStore {

    private static final Logger LOG = Logger.getLogger(RunStore.class);
    private static final List<RunStatus> ACTIVE = List.of(RunStatus.QUEUED, RunStatus.SOLVING);

    void markSolving(UUID runId) {
        MatchRun.update("status = ?1, startedAt = ?2, version = version + 1 where id = ?3 and status = ?4",
                RunStatus.SOLVING, OffsetDateTime.now(), runId, RunStatus.QUEUED);
        LOG.infof("Match run %s solving", runId);
    }

    void recordBestScore(UUID runId, String score) {
        MatchRun.update("bestScore = ?1 where id = ?2 and status = ?3", score, runId, RunStatus.SOLVING);
    }

    /** Writes the proposals and ends the run, in one transaction: a run never shows as ended without them. */
    void finish(UUID runId, RunStatus status, String score, RunReport report, String message) {
        MatchRun run = MatchRun.findById(runId);
        if (run == null || !run.status.isActive()) {
            return; // deleted with its cohort meanwhile, or already ended
        }
        report.proposals().forEach(proposal -> proposal.persist());
        run.status = status;
        run.bestScore = score;
        run.metrics = report.metrics();
        run.message = message;
        run.endedAt = OffsetDateTime.now();
        LOG.infof("Match run %s %s: %s, %d matched, %d unmatched", runId, status, score,
                report.metrics().menteesMatched(), report.metrics().menteesUnmatched());
    }

    void fail(UUID runId, String message) {
        int updated = MatchRun.update("status = ?1, message = ?2, endedAt = ?3, version = version + 1 "
                + "where id = ?4 and status in ?5", RunStatus.FAILED, message, OffsetDateTime.now(), runId, ACTIVE);
        if (updated > 0) {
            LOG.warnf("Match run %s failed: %s", runId, message);
        }
    }

    boolean isQueued(UUID runId) {
        return MatchRun.count("id = ?1 and status = ?2", runId, RunStatus.QUEUED) > 0;
    }

    void cancelUnstarted(UUID runId) {
        MatchRun.update("status = ?1, message = ?2, endedAt = ?3, version = version + 1 where id = ?4 and status = ?5",
                RunStatus.CANCELLED, "Cancelled before it started", OffsetDateTime.now(), runId, RunStatus.QUEUED);
    }

    /** Runs that were active when the service stopped can never finish; say so rather than leave them stuck. */
    int failInterrupted() {
        return MatchRun.update("status = ?1, message = ?2, endedAt = ?3, version = version + 1 where status in ?4",
                RunStatus.FAILED, "Interrupted: the service stopped while this run was active; start a new run",
                OffsetDateTime.now(), ACTIVE);
    }
}
