package org.mentormatch.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.api.StorableText;

/** A participant's answer to their side's round; the round is chosen for them. */
@Schema(name = "FeedbackAnswer", description = "How the pair works for one side")
public record FeedbackAnswer(
        @NotNull @Min(1) @Max(5) @Schema(required = true, description = "1 (poor) to 5 (very good)", example = "4")
        Integer fit,
        // Required, but checked by the service: Bean Validation would name it continuePair, not as clients send it
        @JsonProperty("continue")
        @Schema(name = "continue", required = true, description = "Whether this side wants to go on", example = "true")
        Boolean continuePair,
        @Size(max = 2000) @StorableText @Schema(example = "We meet every month; very helpful") String comment) {
}
