package org.mentormatch.audit;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.UUID;

/** One decision in a cohort: who took it, when, on what, and why. Never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

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
