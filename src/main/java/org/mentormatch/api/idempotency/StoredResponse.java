package org.mentormatch.api.idempotency;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The first answer to a caller's request with an idempotency key; no status yet while it is being made. */
@Entity
@Table(name = "idempotency_key")
public class StoredResponse extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    /** The token's subject. */
    @Column(nullable = false, updatable = false)
    public String caller;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    public String key;

    /** SHA-256 of the operation and its request body: the same key with another body is refused. */
    @Column(nullable = false, updatable = false)
    public String fingerprint;

    /** The programme the request was made in (none for a new programme), for row-level security. */
    @Column(name = "programme_id", updatable = false)
    public UUID programmeId;

    public Integer status;

    public String location;

    public String body;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    boolean isComplete() {
        return status != null;
    }
}
