package org.mentormatch.cohort;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.mentormatch.persistence.AuditedEntity;

/** One yearly intake of a programme: the mentors and mentees who are matched with each other. */
@Entity
@Table(name = "cohort")
public class Cohort extends AuditedEntity {

    @Column(name = "programme_id", nullable = false, updatable = false)
    public UUID programmeId;

    public String name;

    @Column(name = "starts_on")
    public LocalDate startsOn;

    @Column(name = "ends_on")
    public LocalDate endsOn;

    @Enumerated(EnumType.STRING)
    public CohortStatus status = CohortStatus.OPEN;
}
