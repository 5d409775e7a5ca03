package org.mentormatch.preference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Every choice stated in one cohort, read in one query, for a run or a stability report. */
public record CohortChoices(Map<UUID, List<UUID>> ranked, Map<UUID, List<UUID>> accepts,
        Map<UUID, List<UUID>> declines) {

    /** Call within a transaction. */
    public static CohortChoices of(UUID cohortId) {
        Map<UUID, List<UUID>> ranked = new HashMap<>();
        Map<UUID, List<UUID>> accepts = new HashMap<>();
        Map<UUID, List<UUID>> declines = new HashMap<>();
        for (StatedPreference stated : StatedPreference.<StatedPreference>list("cohortId", cohortId)) {
            if (stated.menteeId != null) {
                ranked.put(stated.menteeId, List.copyOf(stated.ranked));
            } else {
                accepts.put(stated.mentorId, List.copyOf(stated.accepts));
                declines.put(stated.mentorId, List.copyOf(stated.declines));
            }
        }
        return new CohortChoices(ranked, accepts, declines);
    }

    /** The mentee's mentors, first choice first; empty if they ranked no one. */
    public List<UUID> rankedBy(UUID menteeId) {
        return ranked.getOrDefault(menteeId, List.of());
    }

    public List<UUID> acceptedBy(UUID mentorId) {
        return accepts.getOrDefault(mentorId, List.of());
    }

    public List<UUID> declinedBy(UUID mentorId) {
        return declines.getOrDefault(mentorId, List.of());
    }
}
