package org.mentormatch.webhook;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A receiver of a programme's events. Never changed: a coordinator deletes it and adds another. */
@Entity
@Table(name = "webhook")
public class Webhook extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    @Column(nullable = false, updatable = false)
    public String url;

    /** Wire names of the events it hears. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, updatable = false, columnDefinition = "text[]")
    public List<String> events = new ArrayList<>();

    @Column(nullable = false, updatable = false)
    public String secret;

    @Column(name = "created_by", nullable = false, updatable = false)
    public String createdBy;

    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;
}
