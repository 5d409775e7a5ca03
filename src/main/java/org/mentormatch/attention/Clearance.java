package org.mentormatch.attention;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A coordinator cleared a match's attention (V11): the reasons present then are silenced. */
@Entity
@Table(name = "attention_clearance")
public class Clearance extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "match_id", nullable = false, updatable = false)
    public UUID matchId;

    @Column(name = "cleared_at", nullable = false, updatable = false)
    public OffsetDateTime clearedAt;

    @Column(name = "cleared_by", nullable = false, updatable = false)
    public String clearedBy;

    @Column(nullable = false, updatable = false)
    public String reason;
}
