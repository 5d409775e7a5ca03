package org.mentormatch.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A webhook as the service returns it; the secret only in the answer to its creation. */
@Schema(name = "Webhook", description = "A receiver of the programme's events")
public record WebhookResponse(
        @Schema(example = "3f6c2a1e-8b7d-4e5f-9a0b-1c2d3e4f5a6b") UUID id,
        @Schema(example = "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b") UUID programmeId,
        @Schema(example = "https://hooks.example.org/mentor-match") String url,
        @Schema(example = "[\"match.published\", \"match.ended\"]") List<String> events,
        @Schema(description = "The signing secret; present only in the answer to the create, never again",
                example = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw") String secret,
        @Schema(description = "The subject of the token that added it", example = "anna@programme.dk") String createdBy,
        OffsetDateTime createdAt) {

    static WebhookResponse of(Webhook webhook) {
        return new WebhookResponse(webhook.id, webhook.programmeId, webhook.url, List.copyOf(webhook.events), null,
                webhook.createdBy, webhook.createdAt);
    }

    static WebhookResponse created(Webhook webhook) {
        return new WebhookResponse(webhook.id, webhook.programmeId, webhook.url, List.copyOf(webhook.events),
                webhook.secret, webhook.createdBy, webhook.createdAt);
    }
}
