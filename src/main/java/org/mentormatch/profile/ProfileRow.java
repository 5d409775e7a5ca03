package org.mentormatch.profile;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.mentormatch.consent.ConsentBasis;

/**
 * One profile read straight from its row, for the single read the API answers most: through Hibernate the query,
 * session and entity handling took half of the service's time in a profile read, for one row by its key. The row
 * becomes a detached entity, so that {@link ProfileMapper} stays the one mapping to the API and the answer is the
 * same as from the entity Hibernate loads (ProfileRowTest holds the two to that). Row-level security applies as to
 * every connection of the pool.
 */
@ApplicationScoped
class ProfileRow {

    /** Where the path says: in the cohort, and the cohort in the programme. */
    private static final String WHERE = " p where p.id = ? and p.cohort_id = ?"
            + " and exists (select 1 from cohort c where c.id = p.cohort_id and c.programme_id = ?)";
    private static final TypeReference<Map<String, Object>> ATTRIBUTES = new TypeReference<>() {
    };

    private final AgroalDataSource database;
    private final ObjectMapper json;

    ProfileRow(AgroalDataSource database, ObjectMapper json) {
        this.database = database;
        this.json = json;
    }

    /** The profile where the path says, if the caller may see it. */
    <E extends Profile> Optional<E> find(ProfileKind<E, ?, ?> kind, UUID programmeId, UUID cohortId, UUID id) {
        String table = kind == ProfileKind.MENTORS ? "mentor" : "mentee";
        try (Connection connection = database.getConnection();
                PreparedStatement query = connection.prepareStatement("select p.* from " + table + WHERE)) {
            query.setObject(1, id);
            query.setObject(2, cohortId);
            query.setObject(3, programmeId);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                E profile = kind.create().get();
                readProfile(row, profile);
                if (profile instanceof Mentee mentee) {
                    readWishes(row, mentee);
                } else if (profile instanceof Mentor mentor) {
                    readCapacity(row, mentor);
                }
                return Optional.of(profile);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read %s %s".formatted(kind.name(), id), e);
        }
    }

    private void readProfile(ResultSet row, Profile profile) throws SQLException {
        profile.id = row.getObject("id", UUID.class);
        profile.version = row.getLong("version");
        profile.createdAt = row.getObject("created_at", OffsetDateTime.class);
        profile.updatedAt = row.getObject("updated_at", OffsetDateTime.class);
        profile.cohortId = row.getObject("cohort_id", UUID.class);
        profile.displayName = row.getString("display_name");
        profile.email = row.getString("email");
        profile.field = row.getString("field");
        profile.educationLevel = row.getObject("education_level", Integer.class);
        profile.yearsOfExperience = row.getObject("years_of_experience", Integer.class);
        profile.skills = texts(row.getArray("skills"));
        profile.interests = texts(row.getArray("interests"));
        profile.languages = texts(row.getArray("languages"));
        profile.region = row.getString("region");
        profile.remoteOk = row.getBoolean("remote_ok");
        profile.homeCountry = row.getString("home_country");
        profile.employer = row.getString("employer");
        profile.withdrawnOn = row.getObject("withdrawn_on", LocalDate.class);
        profile.withdrawalReason = named(WithdrawalReason.class, row.getString("withdrawal_reason"));
        profile.consentBasis = named(ConsentBasis.class, row.getString("consent_basis"));
        profile.consentVersion = row.getString("consent_version");
        profile.consentGivenAt = row.getObject("consent_given_at", OffsetDateTime.class);
        profile.availabilityNote = row.getString("availability_note");
        profile.attributes = attributes(row.getString("attributes"));
        profile.anonymisedAt = row.getObject("anonymised_at", OffsetDateTime.class);
    }

    private static void readWishes(ResultSet row, Mentee mentee) throws SQLException {
        mentee.preferredFields = texts(row.getArray("preferred_fields"));
        mentee.preferredLanguages = texts(row.getArray("preferred_languages"));
        mentee.meetingMode = named(MeetingMode.class, row.getString("meeting_mode"));
        mentee.wishNote = row.getString("wish_note");
    }

    private static void readCapacity(ResultSet row, Mentor mentor) throws SQLException {
        mentor.capacity = row.getInt("capacity");
        mentor.markets = texts(row.getArray("markets"));
    }

    private Map<String, Object> attributes(String text) {
        try {
            return json.readValue(text, ATTRIBUTES);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A profile's attributes are not a JSON object", e);
        }
    }

    private static List<String> texts(Array array) throws SQLException {
        return new ArrayList<>(Arrays.asList((String[]) array.getArray()));
    }

    private static <T extends Enum<T>> T named(Class<T> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }
}
