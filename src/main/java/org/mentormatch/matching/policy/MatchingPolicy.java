package org.mentormatch.matching.policy;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * A coordinator's choices for one matching run.
 *
 * @param levels                how much each criterion matters; every criterion must be present
 * @param priority              what wins when matching everyone and matching well conflict
 * @param minimumQuality        0-100; a hard floor on pair quality, but only with {@link Priority#QUALITY}
 * @param minimumFieldCloseness 0-4 leading ISCO-08 digits a pair must share (1 = same major group)
 * @param employerRule          whether mentor and mentee must differ in employer, may share one, or must share one;
 *                              null (a policy stored before the setting existed) is DIFFERENT
 * @param onlineCountsAsLocal   a mentor who meets online gets the full location grade whatever the mentee's meeting
 *                              mode or region (coaching, where sessions are online by design); false (and absent
 *                              in a policy stored before the setting existed): online counts only for a mentee who
 *                              accepts it. Left out of JSON while false, so runs and input hashes of policies that
 *                              do not use it read as they did before it
 */
public record MatchingPolicy(Map<Criterion, Level> levels, Priority priority, int minimumQuality,
        int minimumFieldCloseness, EmployerRule employerRule,
        @JsonInclude(JsonInclude.Include.NON_DEFAULT) boolean onlineCountsAsLocal) {

    public MatchingPolicy {
        Objects.requireNonNull(levels, "levels");
        Objects.requireNonNull(priority, "priority");
        // Runs stored before the setting existed hold no employer rule: they were matched under DIFFERENT.
        employerRule = employerRule == null ? EmployerRule.DIFFERENT : employerRule;
        for (Criterion criterion : Criterion.values()) {
            Level level = levels.get(criterion);
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
        // An EnumMap keeps criteria in declaration order, so explanations and JSON are stable.
        levels = Collections.unmodifiableMap(new EnumMap<>(levels));
    }

    /** A policy where online meetings count as local only for a mentee who accepts them. */
    public MatchingPolicy(Map<Criterion, Level> levels, Priority priority, int minimumQuality,
            int minimumFieldCloseness, EmployerRule employerRule) {
        this(levels, priority, minimumQuality, minimumFieldCloseness, employerRule, false);
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
                onlineCountsAsLocal);
    }

    /** A copy with another employer rule. */
    public MatchingPolicy with(EmployerRule rule) {
        return new MatchingPolicy(levels, priority, minimumQuality, minimumFieldCloseness, rule, onlineCountsAsLocal);
    }

    /** A copy where online meetings do, or do not, count as local whatever the mentee's meeting mode. */
    public MatchingPolicy withOnlineCountingAsLocal(boolean online) {
        return new MatchingPolicy(levels, priority, minimumQuality, minimumFieldCloseness, employerRule, online);
    }
}
