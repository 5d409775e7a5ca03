package org.mentormatch.matching.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * A mentee as the solver sees them. Codes may arrive in any case; the pair table normalises them.
 * There is no remote flag: the meeting mode says whether the mentee accepts online meetings.
 *
 * @param index              dense position 0..n-1 of this mentee in the run, used by the pair table
 * @param field              ISCO-08 code, e.g. "2511"
 * @param educationLevel     ISCED 0-8, or null if unknown
 * @param yearsOfExperience  null if unknown
 * @param languages          ISO 639-1 codes the mentee speaks
 * @param region             ISO 3166-2 code such as "DK-84", or null
 * @param homeCountry        ISO 3166-1 alpha-2, or null
 * @param employer           null if unknown or none
 * @param preferredFields    ISCO-08 codes or prefixes the mentee wants a mentor from; empty = no preference
 * @param preferredLanguages ISO 639-1 codes the mentee would rather speak; empty = no preference
 * @param attributes         values of the programme's attributes by key; left out of the run's fingerprint while
 *                           empty, so runs without them keep their hashes
 * @param rankedMentors      the mentors the mentee ranked, first choice first; empty = ranked no one. Left out of
 *                           a run's fingerprint while empty, so that runs of cohorts without rankings keep theirs
 */
public record MenteeFact(int index, UUID id, String field, Integer educationLevel, Integer yearsOfExperience,
        List<String> skills, List<String> interests, List<String> languages, String region, String homeCountry,
        String employer, List<String> preferredFields, List<String> preferredLanguages, MeetingMode meetingMode,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Object> attributes,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<UUID> rankedMentors) {

    public MenteeFact {
        Facts.check(index, id, field);
        Objects.requireNonNull(meetingMode, "meetingMode");
        skills = Facts.list(skills);
        interests = Facts.list(interests);
        languages = Facts.list(languages);
        preferredFields = Facts.list(preferredFields);
        preferredLanguages = Facts.list(preferredLanguages);
        attributes = Facts.values(attributes);
        rankedMentors = Facts.list(rankedMentors);
    }

    /** A mentee without attribute values who ranked no one. */
    public MenteeFact(int index, UUID id, String field, Integer educationLevel, Integer yearsOfExperience,
            List<String> skills, List<String> interests, List<String> languages, String region, String homeCountry,
            String employer, List<String> preferredFields, List<String> preferredLanguages, MeetingMode meetingMode) {
        this(index, id, field, educationLevel, yearsOfExperience, skills, interests, languages, region, homeCountry,
                employer, preferredFields, preferredLanguages, meetingMode, Map.of(), List.of());
    }

    /** The mentor's place in the mentee's ranking, 1 for the first choice; 0 if the mentee did not rank them. */
    public int rankOf(UUID mentorId) {
        return rankedMentors.indexOf(mentorId) + 1;
    }

    // Identity by id, like MentorFact: cheap hashing inside the solver.
    @Override
    public boolean equals(Object other) {
        return other instanceof MenteeFact mentee && id.equals(mentee.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public String toString() {
        return "Mentee " + id;
    }
}
