package org.mentormatch.webhook;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A delivery and every attempt at it, oldest attempt first. */
@Schema(name = "WebhookDelivery", description = "One event on its way to the webhook, with every attempt")
public record DeliveryResponse(
        @Schema(example = "8d7c6b5a-4f3e-4d2c-9b1a-0f9e8d7c6b5a") UUID id,
        @Schema(description = "The event's id, sent as webhook-id; the same for every webhook that hears the event "
                + "and in every retry", example = "c4b3a2f1-0e9d-4c8b-a7f6-e5d4c3b2a190") UUID eventId,
        @Schema(example = "match.published") String type,
        @Schema(example = "DELIVERED") DeliveryStatus status,
        @Schema(description = "When the next attempt is due, while PENDING") OffsetDateTime nextAttemptAt,
        OffsetDateTime createdAt,
        List<Attempt> attempts) {

    @Schema(name = "WebhookAttempt", description = "One try: the receiver's answer, or why none came")
    public record Attempt(
            OffsetDateTime at,
            @Schema(description = "The receiver's HTTP status, when it answered", example = "500") Integer httpStatus,
            @Schema(description = "Why no answer came", example = "HttpConnectTimeoutException: HTTP connect timed out")
            String error,
            @Schema(description = "The start of the receiver's answer (200 characters at most)",
                    example = "Internal Server Error") String responseExcerpt,
            @Schema(example = "42") long durationMillis) {

        static Attempt of(DeliveryAttempt attempt) {
            return new Attempt(attempt.attemptedAt, attempt.httpStatus, attempt.error, attempt.responseExcerpt,
                    attempt.durationMillis);
        }
    }

    static DeliveryResponse of(WebhookDelivery delivery, List<DeliveryAttempt> attempts) {
        return new DeliveryResponse(delivery.id, delivery.eventId, delivery.type, delivery.status,
                delivery.nextAttemptAt, delivery.createdAt, attempts.stream().map(Attempt::of).toList());
    }
}
