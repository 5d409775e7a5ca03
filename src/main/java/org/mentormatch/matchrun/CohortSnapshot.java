package org.mentormatch.matchrun;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairAffinity;
import org.mentormatch.matching.policy.MatchingPolicy;

/**
 * A cohort as one run reads it, in a fixed order (creation time, then id) so that the same cohort always
 * yields the same problem. Withdrawn participants are left out, and so are those without a consent basis the
 * programme allows: {@code leftOut} holds, in creation order, why each such mentee is not in the run. {@code pinned} maps a mentee to the mentor a
 * coordinator's decision keeps, {@code exclusions} include the pairs coordinators rejected, and
 * {@code affinities} are the coordinators' ratings of pairs of these participants.
 */
public record CohortSnapshot(MatchingPolicy policy, List<MenteeFact> mentees, List<MentorFact> mentors,
        List<ExcludedPair> exclusions, List<PairAffinity> affinities, Map<UUID, UUID> pinned,
        Map<UUID, Reason> leftOut) {

    boolean isEmpty() {
        return mentees.isEmpty() || mentors.isEmpty();
    }
}
