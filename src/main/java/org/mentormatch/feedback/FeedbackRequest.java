package org.mentormatch.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.api.StorableText;
import org.mentormatch.attention.Side;

/** One side's answer as a coordinator collected it (by phone, say). */
@Schema(name = "FeedbackRequest", description = "One side's answer, recorded by a coordinator")
public record FeedbackRequest(
        @NotNull @Schema(required = true, example = "MENTEE") Side side,
        @NotNull @Min(1) @Max(5) @Schema(required = true, description = "1 (poor) to 5 (very good)", example = "2")
        Integer fit,
        // Required, but checked by the service: Bean Validation would name it continuePair, not as clients send it
        @JsonProperty("continue")
        @Schema(name = "continue", required = true, description = "Whether this side wants to go on", example = "false")
        Boolean continuePair,
        @Size(max = 2000) @StorableText @Schema(example = "Hard to find time to meet") String comment) {

    FeedbackAnswer answer() {
        return new FeedbackAnswer(fit, continuePair, comment);
    }
}
