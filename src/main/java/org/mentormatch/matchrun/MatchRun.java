package org.mentormatch.matchrun;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.persistence.AuditedEntity;
import org.mentormatch.refusal.Conflict;

/** One batch match of a cohort, with everything needed to reproduce it. */
@Entity
@Table(name = "match_run")
public class MatchRun extends AuditedEntity {

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Enumerated(EnumType.STRING)
    public RunStatus status = RunStatus.QUEUED;

    @Enumerated(EnumType.STRING)
    @Column(updatable = false)
    public RunMode mode = RunMode.FULL;

    /** Pairs the run had to keep: coordinators' live decisions (and, in a repair, open proposals). */
    @Column(name = "pinned_pairs", updatable = false)
    public int pinnedPairs;

    @Column(name = "time_limit_seconds")
    public int timeLimitSeconds;

    public long seed;

    /** Local-search steps asked for, if the run is to stop after a number of steps rather than on time. */
    @Column(name = "step_limit", updatable = false)
    public Integer stepLimit;

    /** The policy as it was when the run started; later policy changes do not alter a run. */
    @JdbcTypeCode(SqlTypes.JSON)
    public MatchingPolicy policy;

    /** SHA-256 of the cohort's profiles, exclusions and policy as the run read them. */
    @Column(name = "input_hash")
    public String inputHash;

    /** How the solver was told to stop, e.g. "30 s" or "5000 local-search steps". */
    public String termination;

    @Column(name = "best_score")
    public String bestScore;

    @Column(name = "started_at")
    public OffsetDateTime startedAt;

    @Column(name = "ended_at")
    public OffsetDateTime endedAt;

    /** Why a run failed, or how a cancelled one ended. */
    public String message;

    @JdbcTypeCode(SqlTypes.JSON)
    public RunMetrics metrics;

    /** How many times an instance has started to solve the run (more than one after a revival). */
    public int attempt;

    /** The instance solving the run, or that solved it. */
    public String worker;

    @Enumerated(EnumType.STRING)
    @Column(name = "termination_reason")
    public TerminationReason terminationReason;

    /** When someone asked to stop the run; the instance solving it sees this and stops. */
    @Column(name = "cancel_requested_at")
    public OffsetDateTime cancelRequestedAt;

    /** Ended with a result: a run cancelled before it started has none. */
    public boolean hasProposals() {
        return status.hasProposals() && metrics != null;
    }

    /** The run queued or solving for a cohort, if there is one (a unique index allows at most one). */
    public static Optional<MatchRun> activeIn(UUID cohortId) {
        return find("cohortId = ?1 and status in ?2", cohortId, List.of(RunStatus.QUEUED, RunStatus.SOLVING))
                .firstResultOptional();
    }

    /** Refuses (run-active, naming the run) a step that must wait until the cohort's run has ended. */
    public static void refuseWhileActive(UUID cohortId, String step) {
        activeIn(cohortId).ifPresent(run -> {
            throw new Conflict("run-active",
                    "Match run %s is still solving; wait for it or stop it before %s".formatted(run.id, step))
                    .with("activeRunId", run.id);
        });
    }
}
