package org.mentormatch.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentormatch.persistence.AuditedEntity;

/** A mentoring programme a coordinator runs, year after year, as a series of cohorts. */
@Entity
@Table(name = "programme")
public class Programme extends AuditedEntity {

    /** Bounds of {@link #retentionDays}, also checked by the database (V6). */
    public static final int MIN_RETENTION_DAYS = 30;
    public static final int MAX_RETENTION_DAYS = 3650;
    /** A year: long enough to answer questions about a finished cohort, short enough not to hoard its people. */
    public static final int DEFAULT_RETENTION_DAYS = 365;

    public String name;

    public String description;

    /** Days after a cohort ends until its participants' profiles are anonymised by the retention job. */
    @Column(name = "retention_days", nullable = false)
    public int retentionDays = DEFAULT_RETENTION_DAYS;

    /**
     * Names of the {@link org.mentormatch.consent.ConsentBasis} a profile must be processed on to be matched, in
     * declaration order; empty when the programme does not require one. Text, as the database checks it (V8), not an enum array Hibernate maps.
     */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "matching_bases", nullable = false, columnDefinition = "text[]")
    public List<String> matchingBases = new ArrayList<>();

    /** Chosen at creation and never changed: it says which preset the programme's cohorts start from. */
    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    public ProgrammeType type = ProgrammeType.MENTORING;
}
