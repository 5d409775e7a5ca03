package org.mentormatch.matching.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A mentor as the solver sees them. Codes may arrive in any case; the pair table normalises them.
 *
 * @param index             dense position 0..n-1 of this mentor in the run, used by the pair table
 * @param field             ISCO-08 code, e.g. "2511"
 * @param educationLevel    ISCED 0-8, or null if unknown
 * @param yearsOfExperience null if unknown
 * @param languages         ISO 639-1 codes
 * @param region            ISO 3166-2 code such as "DK-84", or null
 * @param homeCountry       ISO 3166-1 alpha-2, or null
 * @param employer          null if unknown or none
 * @param capacity          how many mentees the mentor takes, 1-20
 * @param markets           ISO 3166-1 alpha-2 codes of the countries the mentor knows professionally
 * @param attributes        values of the programme's attributes by key; left out of the run's fingerprint while
 *                          empty, so runs without them keep their hashes
 * @param acceptedMentees   the mentees the mentor said they accept; empty = no such list, anyone not declined will do
 * @param declinedMentees   the mentees the mentor declined. Both are left out of a run's fingerprint while empty
 */
public record MentorFact(int index, UUID id, String field, Integer educationLevel, Integer yearsOfExperience,
        List<String> skills, List<String> interests, List<String> languages, String region, boolean remoteOk,
        String homeCountry, String employer, int capacity, List<String> markets,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attributes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UUID> acceptedMentees,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UUID> declinedMentees) {

    public MentorFact {
        Facts.check(index, id, field);
        if (capacity < 1 || capacity > 20) {
            throw new IllegalArgumentException("capacity must be 1-20, was " + capacity);
        }
        skills = Facts.list(skills);
        interests = Facts.list(interests);
        languages = Facts.list(languages);
        markets = Facts.list(markets);
        attributes = Facts.values(attributes);
        acceptedMentees = Facts.list(acceptedMentees);
        declinedMentees = Facts.list(declinedMentees);
    }

    /** A mentor without attribute values who stated nothing about whom they take. */
    public MentorFact(int index, UUID id, String field, Integer educationLevel, Integer yearsOfExperience,
            List<String> skills, List<String> interests, List<String> languages, String region, boolean remoteOk,
            String homeCountry, String employer, int capacity, List<String> markets) {
        this(index, id, field, educationLevel, yearsOfExperience, skills, interests, languages, region, remoteOk,
                homeCountry, employer, capacity, markets, Map.of(), List.of(), List.of());
    }

    /** True if the mentor declined the mentee, or listed whom they accept and left them out. */
    public boolean refuses(UUID menteeId) {
        return declinedMentees.contains(menteeId) || !acceptedMentees.isEmpty() && !acceptedMentees.contains(menteeId);
    }

    // Identity by id: the solver hashes mentors in every groupBy, and hashing all lists each time would be slow.
    @Override
    public boolean equals(Object other) {
        return other instanceof MentorFact mentor && id.equals(mentor.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Mentor " + id;
    }
}
