package org.mentormatch.attention;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.feedbackplan.FeedbackPlan;
import org.mentormatch.feedbackplan.FeedbackPlanService;
import org.mentormatch.match.AttentionReason;

/**
 * Which published matches need a coordinator's attention today, by {@link AttentionRules} and the programme's
 * {@link FeedbackPlan}. The one entry point for anything that counts or lists them (the match list, a report).
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class Attention {

    private final CohortYear year;
    private final FeedbackPlanService plans;
    private final Clock clock;

    public Attention(CohortYear year, FeedbackPlanService plans, Clock clock) {
        this.year = year;
        this.plans = plans;
        this.clock = clock;
    }

    /**
     * Every match of the cohort that needs attention today, with its reasons (never empty); matches that need
     * none are left out. A report counts matches by kind from this: a match with two kinds counts once in each.
     * Reads the cohort in a fixed number of queries; call it inside a request or a programme scope that may see
     * the cohort.
     */
    public Map<UUID, List<AttentionReason>> forCohort(UUID cohortId) {
        return needing(year.of(cohortId), plans.planOfCohort(cohortId));
    }

    /** As {@link #forCohort}, for these matches of the cohort only. */
    public Map<UUID, List<AttentionReason>> forMatches(UUID cohortId, Collection<UUID> matchIds) {
        return needing(year.of(cohortId, matchIds), plans.planOfCohort(cohortId));
    }

    /** Today, as the year's rules count days. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    Map<UUID, List<AttentionReason>> needing(List<PairYear> pairs, FeedbackPlan plan) {
        LocalDate today = today();
        Map<UUID, List<AttentionReason>> needing = new LinkedHashMap<>();
        for (PairYear pair : pairs) {
            List<AttentionReason> reasons = AttentionRules.reasons(pair, plan, today);
            if (!reasons.isEmpty()) {
                needing.put(pair.matchId(), reasons);
            }
        }
        return needing;
    }
}
