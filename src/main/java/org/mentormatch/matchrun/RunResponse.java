package org.mentormatch.matchrun;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.policy.PolicyDocument;

/** A match run as the service returns it. */
@Schema(name = "MatchRun", description = "A batch match of a cohort")
public record RunResponse(
        UUID id,
        UUID cohortId,
        @Schema(description = "QUEUED and SOLVING are active; COMPLETED and CANCELLED have proposals; FAILED has a message")
        RunStatus status,
        RunMode mode,
        @Schema(description = "Pairs the run kept as coordinators decided them", example = "12") int pinnedPairs,
        @Schema(example = "30") int timeLimitSeconds,
        @Schema(example = "42") long seed,
        @Schema(description = "How the solver was told to stop", example = "30 s, or sooner when the result stops improving")
        String termination,
        @Schema(description = "SHA-256 of the profiles, exclusions and policy the run read")
        String inputHash,
        @Schema(description = "The policy the run used")
        PolicyDocument policy,
        @Schema(description = "Best score so far (while solving) or final: hard/medium/soft", example = "0hard/-2medium/15032soft")
        String bestScore,
        OffsetDateTime startedAt,
        OffsetDateTime endedAt,
        @Schema(description = "Why the run failed or how it was stopped")
        String message,
        @Schema(description = "Quality of the result, once the run has ended")
        RunMetrics metrics,
        @Schema(description = "How many times an instance has started to solve the run: 2 or more when an instance "
                + "solving it stopped and another took it over (at most 3)", example = "1")
        int attempt,
        @Schema(description = "The service instance solving the run, or that solved it", example = "mentor-match-7d9f-1")
        String worker,
        @Schema(description = "Why solving ended, once the run has a result")
        TerminationReason terminationReason,
        OffsetDateTime createdAt) {

    static RunResponse of(MatchRun run) {
        return new RunResponse(run.id, run.cohortId, run.status, run.mode, run.pinnedPairs, run.timeLimitSeconds, run.seed, run.termination,
                run.inputHash, PolicyDocument.snapshot(run.policy), run.bestScore, run.startedAt, run.endedAt, run.message, run.metrics,
                run.attempt, run.worker, run.terminationReason, run.createdAt);
    }
}
