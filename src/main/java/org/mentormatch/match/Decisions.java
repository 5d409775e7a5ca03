package org.mentormatch.match;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.matching.model.ExcludedPair;

/** What coordinators have decided in a cohort, as a new run must respect it. */
public final class Decisions {

    private Decisions() {
    }

    /**
     * Mentee to mentor for the pairs a run must keep: the live ones, and in a repair run also the proposals
     * still under review, so that a repair touches nobody who already has a mentor in sight.
     */
    public static Map<UUID, UUID> pinned(UUID cohortId, boolean includeProposed) {
        List<MatchStatus> kept = includeProposed ? MatchStatus.OPEN : MatchStatus.LIVE;
        Map<UUID, UUID> pinned = new HashMap<>();
        Match.<Match>find("cohortId = ?1 and status in ?2", cohortId, kept).stream()
                .forEach(match -> pinned.put(match.menteeId, match.mentorId));
        return pinned;
    }

    /** Pairs a coordinator rejected: never proposed again in this cohort. */
    public static List<ExcludedPair> rejected(UUID cohortId) {
        return Match.<Match>find("cohortId = ?1 and status = ?2 order by menteeId, mentorId", cohortId, MatchStatus.REJECTED)
                .stream()
                .map(match -> new ExcludedPair(match.menteeId, match.mentorId))
                .toList();
    }
}
