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
        // The two ids only: whole matches would parse every pair's stored reasons, a suggestion's largest cost.
        Map<UUID, UUID> pinned = new HashMap<>();
        Match.getEntityManager()
                .createQuery("select m.menteeId, m.mentorId from Match m where m.cohortId = :cohort and m.status in :kept",
                        Object[].class)
                .setParameter("cohort", cohortId)
                .setParameter("kept", kept)
                .getResultStream()
                .forEach(row -> pinned.put((UUID) row[0], (UUID) row[1]));
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
