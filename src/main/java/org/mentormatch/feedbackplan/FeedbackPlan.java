package org.mentormatch.feedbackplan;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A programme's feedback plan and its attention setting. Fields left out of a PUT keep their defaults;
 * {@code version} is ignored on input (use If-Match).
 */
@Schema(name = "FeedbackPlan", description = "When the two sides of a published pair are asked for feedback, and "
        + "when a pair without meetings counts as stalled (stalledAfterDays, the programme's attention setting)")
public record FeedbackPlan(
        @Min(1) @Max(365) @Schema(description = "Days from publication to the first round", example = "30")
        Integer firstAfterDays,
        @Min(1) @Max(365) @Schema(description = "Days between later rounds while the match is PUBLISHED", example = "60")
        Integer everyDays,
        @Schema(description = "A last round on the day the match ends", example = "true") Boolean whenEnded,
        @Min(1) @Max(365) @Schema(description = "Days without a check-in (from the last one, or from publication) "
                + "after which a published pair needs attention as STALLED", example = "45")
        Integer stalledAfterDays,
        @Schema(description = "Changes with every update; also sent as the ETag", readOnly = true, example = "0")
        Long version) {

    public static final FeedbackPlan DEFAULTS = new FeedbackPlan(30, 60, true, 45, 0L);

    /** This plan with the defaults filling what it leaves out. */
    FeedbackPlan overDefaults(long version) {
        return new FeedbackPlan(
                firstAfterDays == null ? DEFAULTS.firstAfterDays : firstAfterDays,
                everyDays == null ? DEFAULTS.everyDays : everyDays,
                whenEnded == null ? DEFAULTS.whenEnded : whenEnded,
                stalledAfterDays == null ? DEFAULTS.stalledAfterDays : stalledAfterDays,
                version);
    }

    /** The rounds this plan sets. */
    public Rounds rounds() {
        return new Rounds(firstAfterDays, everyDays, whenEnded);
    }
}
