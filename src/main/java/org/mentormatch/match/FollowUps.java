package org.mentormatch.match;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The programme year's view of matches, implemented by the features that record it (check-ins, feedback,
 * attention). An interface here so that those features build on matches and not the other way round.
 */
public interface FollowUps {

    /** The follow-up of each of these matches of one cohort, in a fixed number of queries whatever their count. */
    Map<UUID, FollowUp> of(UUID cohortId, Collection<UUID> matchIds);

    /** The matches of a cohort that need attention now. */
    Set<UUID> needingAttention(UUID cohortId);
}
