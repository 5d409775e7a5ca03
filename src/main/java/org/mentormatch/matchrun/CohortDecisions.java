package org.mentormatch.matchrun;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.matching.model.ExcludedPair;

/**
 * What coordinators have decided in a cohort, as a new run must respect it. The review ({@code match}) owns the
 * decisions and builds on runs; a run reads the decisions only through this, so the two do not depend on each
 * other in a circle.
 */
public interface CohortDecisions {

    /**
     * Mentee to mentor for the pairs a run must keep: the live ones, and in a repair run also the proposals
     * still under review, so that a repair touches nobody who already has a mentor in sight.
     */
    Map<UUID, UUID> pinned(UUID cohortId, boolean includeProposed);

    /**
     * Pairs a coordinator rejected in review or ended during the year: never proposed again in this cohort, so a
     * repair run after a pair broke up finds the mentee someone new.
     */
    List<ExcludedPair> ruledOut(UUID cohortId);
}
