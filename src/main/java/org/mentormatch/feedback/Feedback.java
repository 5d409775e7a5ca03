package org.mentormatch.feedback;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.mentormatch.attention.Side;

/** One side's answer to one feedback round (V9's feedback): written once, never changed. */
@Entity
@Table(name = "feedback")
public class Feedback extends PanacheEntityBase {

    @Id
    public UUID id = UUID.randomUUID();

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "match_id", nullable = false, updatable = false)
    public UUID matchId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public Side side;

    /** The round answered, named by the day it fell due. */
    @Column(name = "due_on", nullable = false, updatable = false)
    public LocalDate dueOn;

    @Column(nullable = false, updatable = false)
    public short fit;

    @Column(name = "continue_pair", nullable = false, updatable = false)
    public boolean continuePair;

    @Column(updatable = false)
    public String comment;

    @Column(name = "answered_by", nullable = false, updatable = false)
    public String answeredBy;

    @Column(name = "answered_at", nullable = false, updatable = false)
    public OffsetDateTime answeredAt;
}
