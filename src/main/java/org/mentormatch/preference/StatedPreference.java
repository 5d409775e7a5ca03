package org.mentormatch.preference;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentormatch.persistence.AuditedEntity;

/** What one mentee or mentor stated about whom they want; exactly one of the two ids is set. */
@Entity
@Table(name = "stated_preference")
public class StatedPreference extends AuditedEntity {

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "mentee_id", updatable = false)
    public UUID menteeId;

    @Column(name = "mentor_id", updatable = false)
    public UUID mentorId;

    /** A mentee's mentors, first choice first. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public List<UUID> ranked = new ArrayList<>();

    /** A mentor's mentees they accept; empty = they did not limit whom they take. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public List<UUID> accepts = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "uuid[]")
    public List<UUID> declines = new ArrayList<>();
}
