package org.mentormatch.match;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What adopting a run would change against the cohort's current matches. */
@Schema(name = "RunDiff", description = "A run's proposals against the cohort's current (proposed, accepted and "
        + "published) matches. gained + lost + changed + unchanged + unmatchedInBoth = mentees.")
public record RunDiffResponse(
        UUID runId,
        @Schema(description = "Mentees in the run or with a current match", example = "65") int mentees,
        @Schema(description = "Mentees with the same mentor in both", example = "40") int unchanged,
        @Schema(description = "Mentees without a mentor in both", example = "1") int unmatchedInBoth,
        @Schema(description = "Mentees the run matches who have no current match") List<PairChange> gained,
        @Schema(description = "Mentees with a current match whom the run leaves unmatched") List<PairChange> lost,
        @Schema(description = "Mentees the run gives another mentor") List<PairChange> changed,
        @Schema(description = "Mentees with a mentor") MetricChange matched,
        @Schema(description = "Mentees without a mentor") MetricChange unmatched,
        @Schema(description = "Mean pair quality of the matched mentees, 0-100") MetricChange meanQuality,
        @Schema(description = "Quality of the weakest pair, 0-100") MetricChange minimumQuality) {
}
