package org.mentormatch.matchrun;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long a run may take and how to make it reproducible; every field is optional. */
@Schema(name = "MatchRunRequest", description = "Options for a match run; all optional")
public record RunRequest(
        @Min(1) @Max(3600)
        @Schema(description = "Longest the solver may search, in seconds (1-3600, default 30); it stops sooner once "
                + "the result has not improved for a while", example = "30")
        Integer timeLimitSeconds,
        @Schema(description = "Random seed; the same cohort, policy, seed and stepLimit give the same result (default 0)",
                example = "42")
        Long seed,
        @Min(1) @Max(10_000_000)
        @Schema(description = "Stop local search after this many steps instead of on time, so that a rerun gives "
                + "exactly the same result (timeLimitSeconds still caps it)", example = "20000")
        Integer stepLimit,
        @Schema(description = "FULL (default): re-plan every mentee, keeping ACCEPTED and PUBLISHED pairs. REPAIR: "
                + "match only mentees with no pair at all, to free capacity, leaving every other pair as it is")
        RunMode mode) {

    static final int DEFAULT_TIME_LIMIT_SECONDS = 30;

    RunMode modeOrDefault() {
        return mode == null ? RunMode.FULL : mode;
    }

    int timeLimit() {
        return timeLimitSeconds == null ? DEFAULT_TIME_LIMIT_SECONDS : timeLimitSeconds;
    }

    long seedOrDefault() {
        return seed == null ? 0 : seed;
    }

    String termination() {
        return stepLimit == null
                ? "%d s, or sooner when the result stops improving".formatted(timeLimit())
                : "%d local-search steps (at most %d s)".formatted(stepLimit, timeLimit());
    }
}
