package org.mentormatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.matchrun.CohortDecisions;

/** The cohort's decisions read from its matches. */
@ApplicationScoped
public class Decisions implements CohortDecisions {

    @Override
    public Map<UUID, UUID> pinned(UUID cohortId, boolean includeProposed) {
        List<MatchStatus> kept = includeProposed ? MatchStatus.OPEN : MatchStatus.LIVE;
        Map<UUID, UUID> pinned = new HashMap<>();
        Match.<Match>find("cohortId = ?1 and status in ?2", cohortId, kept).stream()
                .forEach(match -> pinned.put(match.menteeId, match.mentorId));
        return pinned;
    }

    @Override
    public List<ExcludedPair> ruledOut(UUID cohortId) {
        return Match.<Match>find("cohortId = ?1 and status in ?2 order by menteeId, mentorId", cohortId,
                        List.of(MatchStatus.REJECTED, MatchStatus.ENDED))
                .stream()
                .map(match -> new ExcludedPair(match.menteeId, match.mentorId))
                .distinct()
                .toList();
    }
}
