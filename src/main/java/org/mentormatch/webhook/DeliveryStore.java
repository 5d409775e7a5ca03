package org.mentormatch.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** A delivery's reads and writes around an attempt, each in its own short transaction: none spans the HTTP call. */
@ApplicationScoped
@Transactional
class DeliveryStore {

    private final List<Duration> retryDelays;

    DeliveryStore(WebhookSettings settings) {
        this.retryDelays = List.copyOf(settings.retryDelays());
    }

    /** What to send, while the delivery is still pending; empty once it ended or its webhook was deleted. */
    Optional<Outgoing> pending(UUID deliveryId) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        Webhook webhook = Webhook.findById(delivery.webhookId);
        return Optional.of(new Outgoing(webhook.url, new WebhookSecret(webhook.secret).key(),
                delivery.eventId.toString(), delivery.payload));
    }

    /**
     * Records an attempt and decides what follows: delivered, failed for good once the retries are used up, or
     * the time of the next attempt.
     */
    Optional<Instant> record(UUID deliveryId, AttemptResult result) {
        WebhookDelivery delivery = WebhookDelivery.findById(deliveryId);
        if (delivery == null || delivery.status != DeliveryStatus.PENDING) {
            return Optional.empty();
        }
        Instant now = Instant.now();
        DeliveryAttempt attempt = new DeliveryAttempt();
        attempt.programmeId = delivery.programmeId;
        attempt.deliveryId = deliveryId;
        attempt.attemptedAt = now.atOffset(ZoneOffset.UTC);
        attempt.httpStatus = result.httpStatus();
        attempt.error = result.error();
        attempt.responseExcerpt = result.responseExcerpt();
        attempt.durationMillis = result.durationMillis();
        attempt.persist();
        long attempts = DeliveryAttempt.count("deliveryId", deliveryId);
        if (result.delivered() || attempts > retryDelays.size()) {
            delivery.status = result.delivered() ? DeliveryStatus.DELIVERED : DeliveryStatus.FAILED;
            delivery.nextAttemptAt = null;
            return Optional.empty();
        }
        Instant next = now.plus(retryDelays.get((int) attempts - 1));
        delivery.nextAttemptAt = OffsetDateTime.ofInstant(next, ZoneOffset.UTC);
        return Optional.of(next);
    }
}
