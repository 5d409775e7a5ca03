package org.mentormatch.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One try at a delivery: the receiver's status and the start of its answer, or why there was no answer. */
@Entity
@Table(name = "webhook_attempt")
public class DeliveryAttempt extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(name = "delivery_id", nullable = false, updatable = false)
    public UUID deliveryId;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    public OffsetDateTime attemptedAt;

    @Column(name = "http_status", updatable = false)
    public Integer httpStatus;

    @Column(updatable = false)
    public String error;

    @Column(name = "response_excerpt", updatable = false)
    public String responseExcerpt;

    @Column(name = "duration_millis", nullable = false, updatable = false)
    public long durationMillis;
}
