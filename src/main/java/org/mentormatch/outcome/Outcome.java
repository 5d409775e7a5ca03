package org.mentormatch.outcome;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.mentormatch.persistence.AuditedEntity;

/**
 * Something a mentee achieved, such as a job. It belongs to the mentee, not to a match, so that it stays when the
 * match ends or the mentee withdraws. Never changed through the API, only deleted; anonymisation cuts it down.
 */
@Entity
@Table(name = "outcome")
public class Outcome extends AuditedEntity {

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    public UUID menteeId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public OutcomeType type;

    @Column(name = "achieved_on", nullable = false, updatable = false)
    public LocalDate achievedOn;

    /** ISCO-08 code, 1 to 4 digits; null when not known. */
    public String occupation;

    @Column(name = "via_mentor_network", nullable = false, updatable = false)
    public boolean viaMentorNetwork;

    public String note;

    /** The token subject that recorded it. */
    @Column(name = "recorded_by", nullable = false, updatable = false)
    public String recordedBy;
}
