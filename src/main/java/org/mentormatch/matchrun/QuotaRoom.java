package org.mentormatch.matchrun;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MixQuotaFact;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.mentormatch.profile.Mentee;

/**
 * Whether a mentor's current group has room for one more mentee under the policy's MUST mix quotas: a suggestion
 * must keep every hard rule a run keeps, and a quota is a rule on the group, not on the pair the pair table grades.
 */
final class QuotaRoom {

    private static final QuotaRoom NONE = new QuotaRoom(List.of(), Map.of(), Map.of());

    private final List<MixQuotaFact> quotas;
    // Fact index of every mentee the quotas were read for: the candidates and the current groups' members.
    private final Map<UUID, Integer> indexOf;
    private final Map<UUID, List<UUID>> groups;

    private QuotaRoom(List<MixQuotaFact> quotas, Map<UUID, Integer> indexOf, Map<UUID, List<UUID>> groups) {
        this.quotas = quotas;
        this.indexOf = indexOf;
        this.groups = groups;
    }

    /**
     * @param current    mentee id → mentor id of the cohort's current matches
     * @param candidates the mentees who may join a group (their values are read with the members')
     */
    static QuotaRoom of(MatchingPolicy policy, Map<UUID, UUID> current, List<Mentee> candidates) {
        List<MixQuota> must = policy.mix().stream().filter(quota -> quota.level().isRequired()).toList();
        if (must.isEmpty()) {
            return NONE;
        }
        Map<UUID, Mentee> read = new LinkedHashMap<>();
        candidates.forEach(mentee -> read.put(mentee.id, mentee));
        List<UUID> members = current.keySet().stream().filter(id -> !read.containsKey(id)).toList();
        if (!members.isEmpty()) {
            Mentee.<Mentee>list("id in ?1", members).forEach(mentee -> read.put(mentee.id, mentee));
        }
        List<Mentee> mentees = new ArrayList<>(read.values());
        List<MenteeFact> facts = IntStream.range(0, mentees.size())
                .mapToObj(i -> FactMapper.INSTANCE.toFact(mentees.get(i), i)).toList();
        Map<UUID, Integer> indexOf = new HashMap<>();
        facts.forEach(fact -> indexOf.put(fact.id(), fact.index()));
        Map<UUID, List<UUID>> groups = new HashMap<>();
        current.forEach((mentee, mentor) -> groups.computeIfAbsent(mentor, m -> new ArrayList<>()).add(mentee));
        return new QuotaRoom(MixQuotaFact.of(policy.withMix(must), facts, 1), indexOf, groups);
    }

    /** True if the mentor's group, as it is, may take the mentee without breaking a MUST quota. */
    boolean admits(UUID menteeId, UUID mentorId, int capacity) {
        Integer mentee = indexOf.get(menteeId);
        if (mentee == null) {
            return true;
        }
        List<UUID> group = groups.getOrDefault(mentorId, List.of());
        for (MixQuotaFact quota : quotas) {
            int value = quota.valueOf()[mentee];
            if (value == MixQuotaFact.UNKNOWN) {
                continue;
            }
            long same = group.stream().map(indexOf::get)
                    .filter(member -> member != null && quota.valueOf()[member] == value).count();
            if (same + 1 > quota.quota().limit(capacity)) {
                return false;
            }
        }
        return true;
    }
}
