package org.mentormatch.matchrun;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.matching.model.HardRule;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.solver.PlanConstraint;

/** Says, in a coordinator's words, why a mentee has no mentor in a run's result. */
final class UnmatchedReasons {

    static final String CONSTRAINT = PlanConstraint.MENTEE_LEFT_UNMATCHED.constraintName();

    private final MatchPlan plan;
    private final Map<MentorFact, List<UUID>> menteesByMentor;

    UnmatchedReasons(MatchPlan plan, Map<MentorFact, List<UUID>> menteesByMentor) {
        this.plan = plan;
        this.menteesByMentor = menteesByMentor;
    }

    String explain(MenteeFact mentee) {
        PairTable table = plan.getPairTable();
        int eligible = 0;
        int full = 0;
        Map<HardRule, Integer> blocked = new EnumMap<>(HardRule.class);
        Map<AttributeCriterion, Integer> failedAttributes = new LinkedHashMap<>();
        for (MentorFact mentor : plan.getMentors()) {
            if (table.isAllowed(mentee, mentor)) {
                eligible++;
                if (menteesByMentor.getOrDefault(mentor, List.of()).size() >= mentor.capacity()) {
                    full++;
                }
            } else {
                for (HardRule rule : HardRule.values()) {
                    if (table.breaks(rule, mentee, mentor)) {
                        blocked.merge(rule, 1, Integer::sum);
                    }
                }
                if (table.breaks(HardRule.REQUIRED_CRITERION_NOT_MET, mentee, mentor)) {
                    table.unmetAttributeRequirements(mentee, mentor)
                            .forEach(criterion -> failedAttributes.merge(criterion, 1, Integer::sum));
                }
            }
        }
        int mentors = plan.getMentors().size();
        if (eligible == 0 && blocked.getOrDefault(HardRule.NO_COMMON_LANGUAGE, 0) == mentors) {
            return "No mentor shares a language with this mentee.";
        }
        if (eligible == 0) {
            List<String> parts = new ArrayList<>();
            blocked.forEach((rule, count) -> parts.add("%d %s".formatted(count, rule.excludesMentorsWho())));
            // Which required attribute criterion rules them out, by the programme's label: "2 fail Same posting phase".
            failedAttributes.forEach((criterion, count) -> parts.add("%d fail %s".formatted(count, criterion.name())));
            return "None of the %d mentors is eligible: %s.".formatted(mentors, String.join(", ", parts));
        }
        if (full == eligible) {
            return eligible == 1
                    ? "The only eligible mentor is full."
                    : "All %d eligible mentors are full.".formatted(eligible);
        }
        return "%d eligible mentors still have room; the run ended before placing this mentee (try a longer run)."
                .formatted(eligible - full);
    }
}
