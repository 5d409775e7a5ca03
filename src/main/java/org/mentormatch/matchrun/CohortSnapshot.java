package org.mentormatch.matchrun;

import java.util.List;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.policy.MatchingPolicy;

/**
 * A cohort as one run reads it, in a fixed order (creation time, then id) so that the same cohort always
 * yields the same problem.
 */
record CohortSnapshot(MatchingPolicy policy, List<MenteeFact> mentees, List<MentorFact> mentors,
        List<ExcludedPair> exclusions) {

    boolean isEmpty() {
        return mentees.isEmpty() || mentors.isEmpty();
    }
}
