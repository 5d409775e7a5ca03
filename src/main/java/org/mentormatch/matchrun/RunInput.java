package org.mentormatch.matchrun;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.mentormatch.matching.policy.MatchingPolicy;

/** What an attempt at a run solves, as the run's row stored it when it was queued. */
record RunInput(UUID runId, UUID programmeId, UUID cohortId, RunMode mode, MatchingPolicy policy, long seed,
        int timeLimitSeconds, Integer stepLimit, int attempt, OffsetDateTime queuedAt) {

    static RunInput of(MatchRun run, UUID programmeId) {
        return new RunInput(run.id, programmeId, run.cohortId, run.mode, run.policy, run.seed, run.timeLimitSeconds,
                run.stepLimit, run.attempt, run.createdAt);
    }
}
