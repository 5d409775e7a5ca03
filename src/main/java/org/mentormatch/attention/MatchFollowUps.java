package org.mentormatch.attention;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.mentormatch.checkin.CheckInService;
import org.mentormatch.checkin.CheckInTally;
import org.mentormatch.match.AttentionReason;
import org.mentormatch.match.FollowUp;
import org.mentormatch.match.FollowUps;

/** The match list's follow-ups: check-in tallies and attention, read for a whole page at once. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class MatchFollowUps implements FollowUps {

    private final CheckInService checkIns;
    private final Attention attention;

    public MatchFollowUps(CheckInService checkIns, Attention attention) {
        this.checkIns = checkIns;
        this.attention = attention;
    }

    @Override
    public Map<UUID, FollowUp> of(UUID cohortId, Collection<UUID> matchIds) {
        Map<UUID, CheckInTally> tallies = checkIns.tally(cohortId, matchIds);
        Map<UUID, List<AttentionReason>> reasons = attention.forMatches(cohortId, matchIds);
        Map<UUID, FollowUp> followUps = new HashMap<>();
        for (UUID id : matchIds) {
            CheckInTally tally = tallies.get(id);
            followUps.put(id, new FollowUp(tally == null ? null : tally.lastOn(), tally == null ? 0 : tally.count(),
                    reasons.getOrDefault(id, List.of())));
        }
        return followUps;
    }

    @Override
    public Set<UUID> needingAttention(UUID cohortId) {
        return attention.forCohort(cohortId).keySet();
    }
}
