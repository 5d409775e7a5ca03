package org.mentormatch.webhook;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a coordinator sends to subscribe a receiver to the programme's events. */
@Schema(name = "WebhookRequest", description = "A receiver and the events it wants")
public record WebhookRequest(
        @NotBlank @Size(max = 2000)
        @Schema(description = "Where deliveries are POSTed: https (plain http only to this machine, where the service "
                + "is configured to allow it)", example = "https://hooks.example.org/mentor-match", maxLength = 2000,
                required = true)
        String url,
        @NotNull @Size(min = 1, max = 7)
        @Schema(description = "Events to deliver: run.completed, run.failed, match.published, match.ended, "
                + "match.attention, feedback.due, outcome.recorded", example = "[\"match.published\", \"match.ended\"]",
                minItems = 1, maxItems = 7, required = true)
        List<@NotNull String> events,
        @Size(max = 200)
        @Schema(description = "The signing secret: whsec_ and the base64 of 24 to 64 random bytes. Left out, one "
                + "is made; either way it is shown only in the answer to this request",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw", maxLength = 200)
        String secret) {
}
