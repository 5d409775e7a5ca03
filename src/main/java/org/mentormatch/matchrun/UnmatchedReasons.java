package org.mentormatch.matchrun;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.mentormatch.matching.model.HardRule;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.MixQuotaFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.MixQuota;
import org.mentormatch.matching.solver.PlanConstraint;

/** Says, in a coordinator's words, why a mentee has no mentor in a run's result. */
final class UnmatchedReasons {

    static final String CONSTRAINT = PlanConstraint.MENTEE_LEFT_UNMATCHED.constraintName();

    private final MatchPlan plan;
    private final Map<MentorFact, List<UUID>> menteesByMentor;
    private final List<MixQuotaFact> requiredQuotas;
    // Fact index of every mentee of the run, to read group members' values in the quota facts.
    private final Map<UUID, Integer> indexOf = new HashMap<>();

    UnmatchedReasons(MatchPlan plan, Map<MentorFact, List<UUID>> menteesByMentor) {
        this.plan = plan;
        this.menteesByMentor = menteesByMentor;
        this.requiredQuotas = plan.getMixQuotas().stream().filter(MixQuotaFact::isHard).toList();
        if (!requiredQuotas.isEmpty()) {
            plan.getAssignments().forEach(a -> indexOf.put(a.getMentee().id(), a.getMentee().index()));
        }
    }

    String explain(MenteeFact mentee) {
        PairTable table = plan.getPairTable();
        int eligible = 0;
        int full = 0;
        List<MentorFact> withRoom = new ArrayList<>();
        Map<HardRule, Integer> blocked = new EnumMap<>(HardRule.class);
        Map<AttributeCriterion, Integer> failedAttributes = new LinkedHashMap<>();
        for (MentorFact mentor : plan.getMentors()) {
            if (table.isAllowed(mentee, mentor)) {
                eligible++;
                if (menteesByMentor.getOrDefault(mentor, List.of()).size() >= mentor.capacity()) {
                    full++;
                } else {
                    withRoom.add(mentor);
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
        // A mix quota is a rule on the group, not on the pair: a group with room may still not take this mentee.
        Map<String, Integer> overQuota = new LinkedHashMap<>();
        for (MentorFact mentor : withRoom) {
            quotaInTheWay(mentee, mentor).ifPresent(quota -> overQuota.merge(quota.label(), 1, Integer::sum));
        }
        int overAQuota = overQuota.values().stream().mapToInt(Integer::intValue).sum();
        if (overAQuota == withRoom.size()) {
            String which = overQuota.entrySet().stream()
                    .map(entry -> "%d on %s".formatted(entry.getValue(), entry.getKey()))
                    .collect(Collectors.joining(", "));
            return overAQuota == 1
                    ? "The only eligible mentor with room would go over a required mix quota by taking this mentee (%s)."
                            .formatted(which)
                    : "All %d eligible mentors with room would go over a required mix quota by taking this mentee (%s)."
                            .formatted(overAQuota, which);
        }
        return "%d eligible mentors still have room; the run ended before placing this mentee (try a longer run)."
                .formatted(withRoom.size() - overAQuota);
    }

    /** The first of the policy's MUST mix quotas that bars the mentor's group, as it is, from taking the mentee. */
    private Optional<MixQuota> quotaInTheWay(MenteeFact mentee, MentorFact mentor) {
        if (!MixQuotaFact.appliesTo(mentor)) {
            return Optional.empty();
        }
        List<UUID> group = menteesByMentor.getOrDefault(mentor, List.of());
        for (MixQuotaFact quota : requiredQuotas) {
            int value = quota.valueOf()[mentee.index()];
            if (value == MixQuotaFact.UNKNOWN) {
                continue;
            }
            long same = group.stream().map(indexOf::get)
                    .filter(member -> member != null && quota.valueOf()[member] == value).count();
            if (same + 1 > quota.quota().limit(mentor.capacity())) {
                return Optional.of(quota.quota());
            }
        }
        return Optional.empty();
    }
}
