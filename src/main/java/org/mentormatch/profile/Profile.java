package org.mentormatch.profile;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.mentormatch.consent.Consent;
import org.mentormatch.consent.ConsentBasis;
import org.mentormatch.persistence.AuditedEntity;

/** What mentors and mentees of a cohort have in common: who they are, what they do, where and in which languages. */
@MappedSuperclass
public abstract class Profile extends AuditedEntity {

    private static final int KEPT_FIELD_DIGITS = 2;

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

    /** The basis their data is processed on; null when none was recorded (profiles from before consent). */
    @Enumerated(EnumType.STRING)
    @Column(name = "consent_basis")
    public ConsentBasis consentBasis;

    @Column(name = "consent_version")
    public String consentVersion;

    @Column(name = "consent_given_at")
    public OffsetDateTime consentGivenAt;

    /** When and how often they can meet, in their own words; the participant may write it themselves. */
    @Column(name = "availability_note")
    public String availabilityNote;

    /** Values of the programme's attributes, {key: value}, checked against its list when written (V17). */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false)
    public Map<String, Object> attributes = new TreeMap<>();

    /** When the person's data was erased or its retention ran out; null while the profile says who they are. */
    @Column(name = "anonymised_at")
    public OffsetDateTime anonymisedAt;

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    public boolean isAnonymised() {
        return anonymisedAt != null;
    }

    /** The consent as the API shows it; null when none was recorded. */
    public Consent consent() {
        return consentBasis == null ? null : new Consent(consentBasis, consentVersion, consentGivenAt);
    }

    void setConsent(Consent consent) {
        consentBasis = consent == null ? null : consent.basis();
        consentVersion = consent == null ? null : Normalise.text(consent.version());
        consentGivenAt = consent == null ? null : consent.givenAt();
    }

    /**
     * Irreversibly removes who the person was, keeping the row so that the cohort's matches, runs and statistics
     * keep their meaning. What stays is what statistics need and no longer singles anyone out: the occupation's
     * ISCO sub-major group (2 digits: a 4-digit code can be unique in a small cohort), the withdrawal (dropout
     * figures) and, for mentors, the capacity. The consent goes too: with no data left to process, its basis,
     * text version and date say nothing statistics need, and the date could single the person out. The e-mail becomes a placeholder unique to this row, so the
     * cohort's one-e-mail-per-cohort constraint holds, and in the reserved {@code .invalid} domain, so no mail
     * can reach anyone.
     */
    public void anonymise(OffsetDateTime at) {
        displayName = anonymousName();
        email = "anonymised-" + id + "@invalid";
        field = field.substring(0, Math.min(field.length(), KEPT_FIELD_DIGITS));
        educationLevel = null;
        yearsOfExperience = null;
        skills = List.of();
        interests = List.of();
        languages = List.of();
        region = null;
        remoteOk = false;
        homeCountry = null;
        employer = null;
        availabilityNote = null;
        attributes = new TreeMap<>();
        setConsent(null);
        anonymisedAt = at;
    }

    /** The neutral label an anonymised profile is shown by. */
    protected abstract String anonymousName();
}
