package org.mentormatch.matching.model;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;

/**
 * One mix quota of a run as the solver reads it: each mentee's value as a dense id, computed once when the run's
 * facts are built, so the constraint groups by an int and never reads a profile. Quotas at level OFF have no fact.
 *
 * @param index       position among the run's quotas
 * @param quota       the policy's quota
 * @param valueOf     the value id of each mentee by {@link MenteeFact#index()}; {@link #UNKNOWN} never counts
 * @param values      the value of each id, for explanations
 * @param softPenalty soft points per mentee over the limit (0 for a MUST quota, which costs 1 hard point)
 */
public record MixQuotaFact(int index, MixQuota quota, int[] valueOf, List<String> values, long softPenalty) {

    public static final int UNKNOWN = -1;
    /**
     * Quality points one mentee over a soft quota costs per level weight: a LOW quota (weight 1) is worth one
     * criterion grade (25 quality points) of one pair, HIGH (weight 3) 75. So a coordinator's soft quota gives way
     * only to a clearly better pair, never to a difference within one grade, and it never outweighs a required rule
     * or a matched mentee (hard and medium levels).
     */
    static final int QUALITY_POINTS_PER_WEIGHT = 25;

    /**
     * The facts of the policy's quotas that are not OFF. {@code pointsPerQuality} is what one quality point is
     * worth in soft score (the sum of the pair criterion weights), so a soft quota weighs the same against pair
     * quality whatever the criteria levels.
     */
    public static List<MixQuotaFact> of(MatchingPolicy policy, List<MenteeFact> mentees, int pointsPerQuality) {
        List<MixQuotaFact> facts = new ArrayList<>();
        for (MixQuota quota : policy.mix()) {
            if (quota.level() == Level.OFF) {
                continue;
            }
            long penalty = quota.level().isRequired() ? 0
                    : (long) quota.level().weight() * QUALITY_POINTS_PER_WEIGHT * Math.max(1, pointsPerQuality);
            facts.add(valuesOf(facts.size(), quota, mentees, penalty));
        }
        return facts;
    }

    /** Where a key's value comes from: a built-in key, else the mentee's programme attribute of that key. */
    private static Function<MenteeFact, String> extractor(String on) {
        return switch (on) {
            case MixQuota.HOME_COUNTRY -> MenteeFact::homeCountry;
            // The ISCO-08 major group: ten groups a coordinator recognises ("professionals", "technicians").
            // Finer grains split one profession into many values and so leave the quota with little to limit.
            case MixQuota.FIELD -> mentee -> mentee.field().substring(0, 1);
            // A choice, yes/no or number; the policy refuses multi-choice attributes, which have no single value.
            default -> mentee -> {
                Object value = mentee.attributes().get(on);
                return value == null || value instanceof List<?> ? null : String.valueOf(value);
            };
        };
    }

    private static MixQuotaFact valuesOf(int index, MixQuota quota, List<MenteeFact> mentees, long penalty) {
        Function<MenteeFact, String> extractor = extractor(quota.on());
        Map<String, Integer> ids = new HashMap<>();
        List<String> values = new ArrayList<>();
        int[] valueOf = new int[mentees.size()];
        for (MenteeFact mentee : mentees) {
            String value = normalised(extractor.apply(mentee));
            valueOf[mentee.index()] = value == null ? UNKNOWN : ids.computeIfAbsent(value, v -> {
                values.add(v);
                return values.size() - 1;
            });
        }
        return new MixQuotaFact(index, quota, valueOf, List.copyOf(values), penalty);
    }

    /** Codes compare case-insensitively, as in the pair table; blank is unknown. */
    private static String normalised(String value) {
        return value == null || value.isBlank() ? null : value.trim().toUpperCase(Locale.ROOT);
    }

    public boolean isHard() {
        return quota.level().isRequired();
    }

    /** The mentee's value id, or {@link #UNKNOWN}. */
    public int valueOf(MenteeAssignment assignment) {
        return valueOf[assignment.getMenteeIndex()];
    }

    /** Mentees over the limit in a group of this capacity with this many of one value; 0 if none or void. */
    public int excess(MentorFact mentor, int count) {
        return appliesTo(mentor) ? Math.max(0, count - quota.limit(mentor.capacity())) : 0;
    }

    /** False for a group of 1 or 2, where the quota is void. */
    public static boolean appliesTo(MentorFact mentor) {
        return mentor.capacity() >= MixQuota.SMALLEST_GROUP;
    }

    // Identity by index: the solver hashes quotas in every groupBy, and hashing the value arrays would be slow.
    @Override
    public boolean equals(Object other) {
        return other instanceof MixQuotaFact fact && index == fact.index;
    }

    @Override
    public int hashCode() {
        return index;
    }

    @Override
    public String toString() {
        return "Mix quota on " + quota.on();
    }
}
