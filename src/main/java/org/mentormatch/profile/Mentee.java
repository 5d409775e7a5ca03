package org.mentormatch.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Someone in a cohort who wants a mentor, with their wishes for one. */
@Entity
@Table(name = "mentee")
public class Mentee extends Profile {

    /** The database's name for "one email per cohort"; a clash is answered 409, not 500. */
    public static final String UNIQUE_EMAIL = "mentee_email_unique";

    /** Occupation codes or prefixes they would like their mentor to work in. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_fields", nullable = false, columnDefinition = "text[]")
    public List<String> preferredFields = new ArrayList<>();

    /** ISO 639-1 codes, lower case. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "preferred_languages", nullable = false, columnDefinition = "text[]")
    public List<String> preferredLanguages = new ArrayList<>();

    @Enumerated(EnumType.STRING)
    @Column(name = "meeting_mode", nullable = false)
    public MeetingMode meetingMode = MeetingMode.EITHER;

    @Column(name = "wish_note")
    public String wishNote;

    @Override
    public void anonymise(OffsetDateTime at) {
        super.anonymise(at);
        preferredFields = List.of();
        preferredLanguages = List.of();
        meetingMode = MeetingMode.EITHER;
        wishNote = null;
    }

    @Override
    protected String anonymousName() {
        return "Anonymised mentee";
    }
}
