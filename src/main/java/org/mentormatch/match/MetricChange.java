package org.mentormatch.match;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One metric now and after adopting a run. A side is null when it has no value (a minimum with nobody matched). */
@Schema(name = "MetricChange", description = "A metric of the current matches, of the run, and the difference")
public record MetricChange(
        @Schema(description = "From the cohort's current matches", example = "61") Double before,
        @Schema(description = "From the run's proposals", example = "63") Double after,
        @Schema(description = "after minus before; null when either side is null", example = "2") Double change) {

    static MetricChange of(Double before, Double after) {
        Double change = before == null || after == null ? null : Math.round((after - before) * 10) / 10.0;
        return new MetricChange(before, after, change);
    }
}
