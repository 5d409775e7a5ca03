package org.mentormatch.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One event on its way to one webhook; the job engine tries it until it is delivered or the retries run out. */
@Entity
@Table(name = "webhook_delivery")
public class WebhookDelivery extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(name = "webhook_id", nullable = false, updatable = false)
    public UUID webhookId;

    @Column(name = "event_id", nullable = false, updatable = false)
    public UUID eventId;

    @Column(nullable = false, updatable = false)
    public String type;

    /** The JSON body, the same bytes in every attempt. */
    @Column(nullable = false, updatable = false)
    public String payload;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public DeliveryStatus status = DeliveryStatus.PENDING;

    /** When the next attempt is due; none once the delivery has ended. */
    @Column(name = "next_attempt_at")
    public OffsetDateTime nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
