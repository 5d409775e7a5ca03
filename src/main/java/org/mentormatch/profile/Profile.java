package org.mentormatch.profile;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.LocalDate;
import jakarta.persistence.MappedSuperclass;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentormatch.persistence.AuditedEntity;

/** What mentors and mentees of a cohort have in common: who they are, what they do, where and in which languages. */
@MappedSuperclass
public abstract class Profile extends AuditedEntity {

    @Column(name = "cohort_id", nullable = false, updatable = false)
    public UUID cohortId;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** Lower case, so that the cohort's unique constraint also catches the same address in another case. */
    @Column(nullable = false)
    public String email;

    /** ISCO-08 occupation code, 1 to 4 digits. */
    @Column(nullable = false)
    public String field;

    /** ISCED 2011 level, 0 to 8. */
    @Column(name = "education_level")
    public Integer educationLevel;

    @Column(name = "years_of_experience")
    public Integer yearsOfExperience;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> skills = new ArrayList<>();

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> interests = new ArrayList<>();

    /** ISO 639-1 codes, lower case. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> languages = new ArrayList<>();

    /** ISO 3166-2 code, upper case. */
    public String region;

    @Column(name = "remote_ok", nullable = false)
    public boolean remoteOk;

    /** ISO 3166-1 alpha-2 code, upper case. */
    @Column(name = "home_country")
    public String homeCountry;

    public String employer;

    /** The day the participant left the programme; null while they take part. */
    @Column(name = "withdrawn_on")
    public LocalDate withdrawnOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "withdrawal_reason")
    public WithdrawalReason withdrawalReason;

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }
}
