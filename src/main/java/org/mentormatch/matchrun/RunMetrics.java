package org.mentormatch.matchrun;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How good a run's result is, in numbers a coordinator compares between runs. */
@Schema(name = "RunMetrics", description = "Quality of a run's result")
public record RunMetrics(
        @Schema(example = "63") int menteesMatched,
        @Schema(example = "2") int menteesUnmatched,
        @Schema(description = "Mean pair quality of the matched mentees, 0-100", example = "71.4") double meanQuality,
        @Schema(description = "Quality of the weakest pair, 0-100; null when nobody is matched", example = "38") Integer minimumQuality,
        @Schema(description = "Mentees of the busiest mentor minus mentees of the least busy one", example = "1") int mentorLoadSpread,
        @Schema(description = "Rules broken (0 for a feasible result)", example = "0") long hardViolations,
        @Schema(description = "Kept pairs the run changed; always 0, as a check that decisions were respected",
                example = "0") int existingPairsChanged) {
}
