package org.mentormatch.matchrun;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One constraint that raised or lowered a proposal, in words. */
@Schema(name = "Reason", description = "A constraint that raised or lowered this pair, and why")
public record Reason(
        @Schema(description = "The constraint's name", example = "Field closeness") String constraint,
        @Schema(description = "HARD (a rule), MEDIUM (participation) or SOFT (quality)", example = "SOFT") String level,
        @Schema(description = "Its effect on the score at that level: positive raised, negative lowered", example = "225")
        long effect,
        @Schema(example = "Both work in ICT professionals (2511 and 2512): 3 of 4 code digits shared") String description) {
}
