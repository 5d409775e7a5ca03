package org.mentormatch.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** Someone who guides mentees of a cohort, up to their capacity. */
@Entity
@Table(name = "mentor")
public class Mentor extends Profile {

    /** The database's name for "one email per cohort"; a clash is answered 409, not 500. */
    public static final String UNIQUE_EMAIL = "mentor_email_unique";

    /** How many mentees they take on, 1 to 20. */
    @Column(nullable = false)
    public int capacity = 1;

    /** ISO 3166-1 alpha-2 codes of the labour markets they know, upper case. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public List<String> markets = new ArrayList<>();

    @Override
    public void anonymise(OffsetDateTime at) {
        super.anonymise(at);
        markets = List.of();
    }

    @Override
    protected String anonymousName() {
        return "Anonymised mentor";
    }
}
