package org.mentormatch.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * One decision in a cohort, or about a whole programme (then it has no cohort): who took it, when, on what, and
 * why. Never changed once written.
 */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "cohort_id", updatable = false)
    public UUID cohortId;

    /** Set for decisions about the programme as a whole only (a webhook); cohort decisions name their cohort. */
    @Column(name = "programme_id", updatable = false)
    public UUID programmeId;

    @Column(nullable = false, updatable = false)
    public OffsetDateTime at;

    @Column(nullable = false, updatable = false)
    public String actor;

    @Column(nullable = false, updatable = false)
    public String action;

    @Column(name = "subject_id", updatable = false)
    public UUID subjectId;

    @Column(updatable = false)
    public String reason;

    /** Ids and statuses only: the audit trail holds no names or e-mail addresses. */
    @Column(updatable = false)
    public String detail;
}
