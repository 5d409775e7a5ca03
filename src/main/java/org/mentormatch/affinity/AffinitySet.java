package org.mentormatch.affinity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.mentormatch.persistence.AuditedEntity;

/**
 * The one row per cohort that stands for its affinity list: every replacement of the list increments its version,
 * which is the list's ETag. The ratings themselves are plain rows of table {@code affinity}, written in bulk.
 */
@Entity
@Table(name = "affinity_set")
public class AffinitySet extends AuditedEntity {

    /** PostgreSQL's name for V4's {@code cohort_id ... unique}. */
    static final String UNIQUE_COHORT = "affinity_set_cohort_id_key";

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;
}
