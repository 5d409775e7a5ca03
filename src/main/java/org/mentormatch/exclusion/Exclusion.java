package org.mentormatch.exclusion;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentormatch.persistence.AuditedEntity;

/** A mentee and a mentor of one cohort whom a coordinator says must never be matched. */
@Entity
@Table(name = "exclusion")
public class Exclusion extends AuditedEntity {

    /** The database's name for "each pair once"; a clash is answered 409, also when two requests race. */
    static final String UNIQUE_PAIR = "exclusion_pair_unique";

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "mentee_id", nullable = false, updatable = false)
    public UUID menteeId;

    @Column(name = "mentor_id", nullable = false, updatable = false)
    public UUID mentorId;

    @Column(nullable = false, updatable = false)
    public String reason;
}
