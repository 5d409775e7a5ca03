package org.mentormatch.matching.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A coordinator's choices for one matching run.
 *
 * @param levels                how much each criterion matters; every criterion must be present, except one whose
 *                              default is OFF (a policy stored before it existed), which is then OFF
 * @param priority              what wins when matching everyone and matching well conflict
 * @param minimumQuality        0-100; a hard floor on pair quality, but only with {@link Priority#QUALITY}
 * @param minimumFieldCloseness 0-4 leading ISCO-08 digits a pair must share (1 = same major group)
 * @param employerRule          whether mentor and mentee must differ in employer, may share one, or must share one;
 *                              null (a policy stored before the setting existed) is DIFFERENT
 * @param attributeCriteria     criteria on the programme's attributes, at most {@link #MAX_ATTRIBUTE_CRITERIA}, one
 *                              per key; null (a policy stored before they existed) is none
 * @param mix                   mix quotas for one-to-many groups; null is none. Left out of JSON while empty, so
 *                              runs and input hashes of policies without quotas read as they did before quotas
 * @param onlineCountsAsLocal   a mentor who meets online gets the full location grade whatever the mentee's meeting
 *                              mode or region (coaching, where sessions are online by design); false (and absent
 *                              in a policy stored before the setting existed): online counts only for a mentee who
 *                              accepts it. Left out of JSON while false, like mix
 */
public record MatchingPolicy(Map<Criterion, Level> levels, Priority priority, int minimumQuality,
        int minimumFieldCloseness, EmployerRule employerRule, List<AttributeCriterion> attributeCriteria,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) List<MixQuota> mix,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean onlineCountsAsLocal) {

    /** Each adds a 3-bit grade to every pair of a run; six keep a pair within its packed long. */
    public static final int MAX_ATTRIBUTE_CRITERIA = 6;

    public MatchingPolicy {
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(priority, "priority");
        // Runs stored before the setting existed hold no employer rule: they were matched under DIFFERENT.
        employerRule = employerRule == null ? EmployerRule.DIFFERENT : employerRule;
        mix = mix == null ? List.of() : List.copyOf(mix);
        // An EnumMap keeps criteria in declaration order, so explanations and JSON are stable.
        Map<Criterion, Level> complete = new EnumMap<>(Criterion.class);
        complete.putAll(levels);
        for (Criterion criterion : Criterion.values()) {
            // Runs stored before a criterion that defaults to OFF existed were matched without it.
            Level level = complete.computeIfAbsent(criterion,
                    missing -> missing.defaultLevel() == Level.OFF ? Level.OFF : null);
            if (level == null) {
                throw new IllegalArgumentException("No level for criterion " + criterion.jsonName());
            }
            if (level.isRequired() && !criterion.isPairCriterion()) {
                throw new IllegalArgumentException(
                        "Criterion " + criterion.jsonName() + " judges the whole plan and cannot be MUST");
            }
        }
        if (minimumQuality < 0 || minimumQuality > 100) {
            throw new IllegalArgumentException("minimumQuality must be 0-100, was " + minimumQuality);
        }
        if (minimumFieldCloseness < 0 || minimumFieldCloseness > Criterion.MAX_GRADE) {
            throw new IllegalArgumentException("minimumFieldCloseness must be 0-4, was " + minimumFieldCloseness);
        }
        levels = Collections.unmodifiableMap(complete);
        attributeCriteria = attributeCriteria == null ? List.of() : List.copyOf(attributeCriteria);
        if (attributeCriteria.size() > MAX_ATTRIBUTE_CRITERIA) {
            throw new IllegalArgumentException("At most %d attribute criteria, not %d"
                    .formatted(MAX_ATTRIBUTE_CRITERIA, attributeCriteria.size()));
        }
        if (attributeCriteria.stream().map(AttributeCriterion::key).distinct().count()
                < attributeCriteria.size()) {
            throw new IllegalArgumentException("An attribute has two criteria");
        }
    }

    /** A policy where online meetings count as local only for a mentee who accepts them. */
    public MatchingPolicy(Map<Criterion, Level> levels, Priority priority, int minimumQuality,
            int minimumFieldCloseness, EmployerRule employerRule, List<AttributeCriterion> attributeCriteria,
            List<MixQuota> mix) {
        this(levels, priority, minimumQuality, minimumFieldCloseness, employerRule, attributeCriteria, mix, false);
    }

    /** A policy without attribute criteria or mix quotas, where online counts only for a mentee who accepts it. */
    public MatchingPolicy(Map<Criterion, Level> levels, Priority priority, int minimumQuality,
            int minimumFieldCloseness, EmployerRule employerRule) {
        this(levels, priority, minimumQuality, minimumFieldCloseness, employerRule, List.of(), List.of());
    }

    /** Defaults for a spouse-mentoring programme in Denmark: career field first, participation over perfection. */
    public static MatchingPolicy defaults() {
        Map<Criterion, Level> levels = new EnumMap<>(Criterion.class);
        for (Criterion criterion : Criterion.values()) {
            levels.put(criterion, criterion.defaultLevel());
        }
        return new MatchingPolicy(levels, Priority.PARTICIPATION, 40, 1, EmployerRule.DIFFERENT);
    }

    public Level level(Criterion criterion) {
        return levels.get(criterion);
    }

    public int weight(Criterion criterion) {
        return levels.get(criterion).weight();
    }

    /** A copy with one criterion's level changed. */
    public MatchingPolicy with(Criterion criterion, Level level) {
        Map<Criterion, Level> changed = new EnumMap<>(levels);
        changed.put(criterion, level);
        return new MatchingPolicy(changed, priority, minimumQuality, minimumFieldCloseness, employerRule,
                attributeCriteria, mix, onlineCountsAsLocal);
    }

    /** A copy with another employer rule. */
    public MatchingPolicy with(EmployerRule rule) {
        return new MatchingPolicy(levels, priority, minimumQuality, minimumFieldCloseness, rule, attributeCriteria,
                mix, onlineCountsAsLocal);
    }

    /** A copy with these attribute criteria instead of its own. */
    public MatchingPolicy withAttributeCriteria(List<AttributeCriterion> criteria) {
        return new MatchingPolicy(levels, priority, minimumQuality, minimumFieldCloseness, employerRule, criteria, mix,
                onlineCountsAsLocal);
    }

    /** A copy with these mix quotas instead of its own. */
    public MatchingPolicy withMix(List<MixQuota> quotas) {
        return new MatchingPolicy(levels, priority, minimumQuality, minimumFieldCloseness, employerRule,
                attributeCriteria, quotas, onlineCountsAsLocal);
    }

    /** A copy where online meetings do, or do not, count as local whatever the mentee's meeting mode. */
    public MatchingPolicy withOnlineCountingAsLocal(boolean online) {
        return new MatchingPolicy(levels, priority, minimumQuality, minimumFieldCloseness, employerRule,
                attributeCriteria, mix, online);
    }
}
