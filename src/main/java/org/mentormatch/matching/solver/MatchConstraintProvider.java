package org.mentormatch.matching.solver;

import static org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_HARD;
import static org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_MEDIUM;
import static org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore.ONE_SOFT;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.count;
import static org.optaplanner.core.api.score.stream.ConstraintCollectors.countBi;

import java.util.Arrays;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.mentormatch.matching.model.HardRule;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.MixQuotaFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.solver.justification.AffinityJustification;
import org.mentormatch.matching.solver.justification.AttributeJustification;
import org.mentormatch.matching.solver.justification.CriterionJustification;
import org.mentormatch.matching.solver.justification.MentorLoadJustification;
import org.mentormatch.matching.solver.justification.MixQuotaJustification;
import org.mentormatch.matching.solver.justification.PairRuleJustification;
import org.mentormatch.matching.solver.justification.QualityJustification;
import org.mentormatch.matching.solver.justification.UnmatchedJustification;
import org.optaplanner.core.api.score.stream.Constraint;
import org.optaplanner.core.api.score.stream.ConstraintFactory;
import org.optaplanner.core.api.score.stream.ConstraintProvider;
import org.optaplanner.core.api.score.stream.quad.QuadConstraintStream;
import org.optaplanner.core.api.score.stream.tri.TriConstraintStream;
import org.optaplanner.core.api.score.stream.uni.UniConstraintStream;

/**
 * The matching rules. Pair facts come from the {@link PairTable}, so every constraint is an array read.
 * Hard: rules broken (1 per broken pair, or per mentee over capacity or over a MUST mix quota). Medium: 1 per
 * unmatched mentee, so matching one more mentee always beats any soft gain. Soft: quality points; a pair's criterion
 * rewards add up to its quality × the sum of the pair criterion weights (17 with the default policy), and a
 * coordinator's affinity adds the same sum per affinity point; a mentee over a soft mix quota costs the quota's
 * weight × 25 quality points (see {@link MixQuotaFact}).
 */
public class MatchConstraintProvider implements ConstraintProvider {

    /** Quality from which a pair counts as good; fairness penalises shortfalls below it. */
    public static final int GOOD_MATCH_QUALITY = 70;

    // One instance, so Bavet shares the filter node: most pairs break no rule, and then one test skips all the
    // pair-rule constraints.
    private static final Predicate<MenteeAssignment> BREAKS_ANY_RULE =
            assignment -> table(assignment).breaksAnyRule(assignment);

    // Names of constraints this run leaves out (InertConstraints): none unless the solver config says so.
    private Set<String> leftOut = Set.of();

    /** Called by OptaPlanner with the config's constraint provider property {@code leftOut}: comma-separated names. */
    public void setLeftOut(String names) {
        leftOut = Arrays.stream(names.split(",")).filter(name -> !name.isBlank()).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Constraint[] defineConstraints(ConstraintFactory factory) {
        // Bavet builds nodes only for the constraints returned, so a left-out one costs nothing.
        return Arrays.stream(allConstraints(factory))
                .filter(constraint -> !leftOut.contains(constraint.getConstraintName()))
                .toArray(Constraint[]::new);
    }

    private Constraint[] allConstraints(ConstraintFactory factory) {
        // Capacity and balanced load count mentees per mentor from one shared groupBy node.
        TriConstraintStream<MentorFact, PairTable, Integer> loads = mentorLoads(factory);
        // Both mix quota constraints count mentees per (mentor, quota, value) from one shared groupBy node.
        QuadConstraintStream<MentorFact, MixQuotaFact, Integer, Integer> mix = overQuota(factory);
        return new Constraint[] {
                // Hard
                mentorCapacity(loads),
                excludedPair(factory),
                sameEmployer(factory),
                differentEmployer(factory),
                noCommonLanguage(factory),
                fieldsTooFarApart(factory),
                requiredCriterionNotMet(factory),
                belowMinimumQuality(factory),
                mixQuota(mix),
                // Medium
                menteeLeftUnmatched(factory),
                // Soft
                fieldCloseness(factory),
                preferredField(factory),
                qualificationFit(factory),
                sharedInterests(factory),
                sharedSkills(factory),
                marketKnowledge(factory),
                locationAndMeetingMode(factory),
                preferredLanguage(factory),
                programmeAttribute(factory),
                statedPreference(factory),
                coordinatorAffinity(factory),
                fairnessForTheWorstOff(factory),
                balancedMentorLoad(loads),
                preferredMix(mix)
        };
    }

    Constraint mentorCapacity(ConstraintFactory factory) {
        return mentorCapacity(mentorLoads(factory));
    }

    private static Constraint mentorCapacity(TriConstraintStream<MentorFact, PairTable, Integer> loads) {
        // A mentor never has more mentees than their capacity; each mentee too many counts.
        return loads
                .filter((mentor, table, mentees) -> mentees > mentor.capacity())
                .penalize(ONE_HARD, (mentor, table, mentees) -> mentees - mentor.capacity())
                .justifyWith((mentor, table, mentees, score) -> MentorLoadJustification.overCapacity(mentor, mentees))
                .asConstraint(PlanConstraint.MENTOR_CAPACITY.constraintName());
    }

    Constraint excludedPair(ConstraintFactory factory) {
        // A pair a coordinator has ruled out is never formed.
        return pairRule(factory, HardRule.EXCLUDED);
    }

    Constraint sameEmployer(ConstraintFactory factory) {
        // With the employer rule DIFFERENT, mentee and mentor never work for the same employer (compared
        // case-insensitively).
        return pairRule(factory, HardRule.SAME_EMPLOYER);
    }

    Constraint differentEmployer(ConstraintFactory factory) {
        // With the employer rule SAME, mentee and mentor always work for the same known employer.
        return pairRule(factory, HardRule.DIFFERENT_EMPLOYER);
    }

    Constraint noCommonLanguage(ConstraintFactory factory) {
        // Mentee and mentor always share at least one language.
        return pairRule(factory, HardRule.NO_COMMON_LANGUAGE);
    }

    Constraint fieldsTooFarApart(ConstraintFactory factory) {
        // Mentee and mentor fields share at least the policy's minimum number of leading ISCO-08 digits.
        return pairRule(factory, HardRule.FIELDS_TOO_FAR_APART);
    }

    Constraint requiredCriterionNotMet(ConstraintFactory factory) {
        // A pair satisfies every criterion the policy marks MUST.
        return pairRule(factory, HardRule.REQUIRED_CRITERION_NOT_MET);
    }

    Constraint belowMinimumQuality(ConstraintFactory factory) {
        // With the QUALITY priority, no pair has a quality below the policy's minimum.
        return pairs(factory)
                .filter(BREAKS_ANY_RULE)
                .filter(assignment -> table(assignment).breaks(HardRule.BELOW_MINIMUM_QUALITY, assignment))
                .penalize(ONE_HARD)
                .justifyWith((assignment, score) -> QualityJustification.belowMinimum(assignment, table(assignment)))
                .asConstraint(HardRule.BELOW_MINIMUM_QUALITY.constraintName());
    }

    Constraint mixQuota(ConstraintFactory factory) {
        return mixQuota(overQuota(factory));
    }

    private static Constraint mixQuota(QuadConstraintStream<MentorFact, MixQuotaFact, Integer, Integer> overQuota) {
        // No mentor's group of 3 or more holds more mentees of one value than a MUST mix quota allows; each one
        // too many counts.
        return overQuota
                .filter((mentor, quota, value, mentees) -> quota.isHard())
                .penalize(ONE_HARD, (mentor, quota, value, mentees) -> quota.excess(mentor, mentees))
                .justifyWith((mentor, quota, value, mentees, score) ->
                        MixQuotaJustification.of(mentor, quota, value, mentees))
                .asConstraint(PlanConstraint.MIX_QUOTA.constraintName());
    }

    Constraint menteeLeftUnmatched(ConstraintFactory factory) {
        // Every mentee gets a mentor if at all possible; each one left without costs one medium point.
        return factory.forEachIncludingNullVars(MenteeAssignment.class)
                .filter(assignment -> assignment.getMentor() == null)
                .penalize(ONE_MEDIUM)
                .justifyWith((assignment, score) -> UnmatchedJustification.of(assignment))
                .asConstraint(PlanConstraint.MENTEE_LEFT_UNMATCHED.constraintName());
    }

    Constraint fieldCloseness(ConstraintFactory factory) {
        // Reward pairs whose ISCO-08 fields share more leading digits.
        return criterion(factory, Criterion.FIELD_CLOSENESS);
    }

    Constraint preferredField(ConstraintFactory factory) {
        // Reward mentors whose field is one the mentee prefers.
        return criterion(factory, Criterion.PREFERRED_FIELDS);
    }

    Constraint qualificationFit(ConstraintFactory factory) {
        // Reward mentors with at least the mentee's education level and years of experience.
        return criterion(factory, Criterion.QUALIFICATION_FIT);
    }

    Constraint sharedInterests(ConstraintFactory factory) {
        // Reward each interest the pair shares, up to four.
        return criterion(factory, Criterion.SHARED_INTERESTS);
    }

    Constraint sharedSkills(ConstraintFactory factory) {
        // Reward each skill the pair shares, up to four.
        return criterion(factory, Criterion.SHARED_SKILLS);
    }

    Constraint marketKnowledge(ConstraintFactory factory) {
        // Reward mentors whose markets include the mentee's home country.
        return criterion(factory, Criterion.MARKETS);
    }

    Constraint locationAndMeetingMode(ConstraintFactory factory) {
        // Reward pairs who can meet: same region, or online if the mentee accepts it and the mentor works remotely.
        return criterion(factory, Criterion.LOCATION);
    }

    Constraint preferredLanguage(ConstraintFactory factory) {
        // Reward mentors who speak a language the mentee prefers.
        return criterion(factory, Criterion.PREFERRED_LANGUAGES);
    }

    Constraint programmeAttribute(ConstraintFactory factory) {
        // Reward pairs on the policy's criteria on programme attributes, each weight × score like a fixed criterion.
        // One constraint for all of them: constraint names are fixed when the solver is built, the criteria are not.
        return pairs(factory)
                .filter(assignment -> table(assignment).attributeReward(assignment) > 0)
                .reward(ONE_SOFT, assignment -> table(assignment).attributeReward(assignment))
                .justifyWith((assignment, score) -> AttributeJustification.of(assignment, table(assignment)))
                .asConstraint(PlanConstraint.PROGRAMME_ATTRIBUTE.constraintName());
    }

    Constraint statedPreference(ConstraintFactory factory) {
        // Reward the mentee's higher-ranked mentors, never a pair the mentor declined (see Criterion.STATED_PREFERENCES).
        return criterion(factory, Criterion.STATED_PREFERENCES);
    }

    Constraint coordinatorAffinity(ConstraintFactory factory) {
        // Reward a pair a coordinator rated well and penalise one rated badly, one point per quality point.
        return pairs(factory)
                .filter(assignment -> table(assignment).affinity(assignment) != 0)
                .impact(ONE_SOFT, assignment -> table(assignment).affinityReward(assignment))
                .justifyWith((assignment, score) -> AffinityJustification.of(assignment, table(assignment)))
                .asConstraint(PlanConstraint.COORDINATOR_AFFINITY.constraintName());
    }

    Constraint fairnessForTheWorstOff(ConstraintFactory factory) {
        // Penalise a pair's shortfall below a good match squared, so lifting the worst pairs matters most.
        return pairs(factory)
                .filter(assignment -> table(assignment).weight(Criterion.FAIRNESS) > 0
                        && table(assignment).quality(assignment) < GOOD_MATCH_QUALITY)
                .penalize(ONE_SOFT, assignment -> table(assignment).weight(Criterion.FAIRNESS)
                        * square(GOOD_MATCH_QUALITY - table(assignment).quality(assignment)))
                .justifyWith((assignment, score) -> QualityJustification.shortOfGood(assignment, table(assignment),
                        GOOD_MATCH_QUALITY))
                .asConstraint(Criterion.FAIRNESS.label());
    }

    Constraint balancedMentorLoad(ConstraintFactory factory) {
        return balancedMentorLoad(mentorLoads(factory));
    }

    private static Constraint balancedMentorLoad(TriConstraintStream<MentorFact, PairTable, Integer> loads) {
        // Penalise the square of each mentor's load from two mentees up, so mentees spread over mentors.
        return loads
                .filter((mentor, table, mentees) -> mentees >= 2 && table.weight(Criterion.BALANCED_LOAD) > 0)
                .penalize(ONE_SOFT,
                        (mentor, table, mentees) -> table.weight(Criterion.BALANCED_LOAD) * square(mentees))
                .justifyWith((mentor, table, mentees, score) -> MentorLoadJustification.load(mentor, mentees))
                .asConstraint(Criterion.BALANCED_LOAD.label());
    }

    Constraint preferredMix(ConstraintFactory factory) {
        return preferredMix(overQuota(factory));
    }

    private static Constraint preferredMix(QuadConstraintStream<MentorFact, MixQuotaFact, Integer, Integer> overQuota) {
        // Penalise each mentee over a soft (HIGH, MEDIUM, LOW) mix quota by the quota's weight in quality points.
        return overQuota
                .filter((mentor, quota, value, mentees) -> !quota.isHard())
                .penalizeLong(ONE_SOFT,
                        (mentor, quota, value, mentees) -> quota.softPenalty() * quota.excess(mentor, mentees))
                .justifyWith((mentor, quota, value, mentees, score) ->
                        MixQuotaJustification.of(mentor, quota, value, mentees))
                .asConstraint(PlanConstraint.PREFERRED_MIX.constraintName());
    }

    private static Constraint pairRule(ConstraintFactory factory, HardRule rule) {
        return pairs(factory)
                .filter(BREAKS_ANY_RULE)
                .filter(assignment -> table(assignment).breaks(rule, assignment))
                .penalize(ONE_HARD)
                .justifyWith((assignment, score) -> PairRuleJustification.of(rule, assignment, table(assignment)))
                .asConstraint(rule.constraintName());
    }

    // An OFF criterion has weight 0, so its weighted score is 0 and it never matches; zero scores are skipped
    // as noise.
    private static Constraint criterion(ConstraintFactory factory, Criterion criterion) {
        return pairs(factory)
                .filter(assignment -> table(assignment).weightedScore(criterion, assignment) > 0)
                .reward(ONE_SOFT, assignment -> table(assignment).weightedScore(criterion, assignment))
                .justifyWith((assignment, score) -> CriterionJustification.of(criterion, assignment, table(assignment)))
                .asConstraint(criterion.label());
    }

    /**
     * Mentees per mentor, for every mentor with at least one, with the run's table keyed along (one per run) so
     * that balanced load reads its weight without a join node of its own.
     */
    private static TriConstraintStream<MentorFact, PairTable, Integer> mentorLoads(ConstraintFactory factory) {
        return factory.forEach(MenteeAssignment.class)
                .groupBy(MenteeAssignment::getMentor, MenteeAssignment::getPairTable, count());
    }

    /**
     * Mentees per (mentor, quota, value) where a quota's limit is exceeded. The quota facts exist only when the
     * policy sets quotas, so without them the join has nothing to pair with and nothing downstream ever runs;
     * mentors with room for fewer than three and unknown values are dropped before the grouping.
     */
    private static QuadConstraintStream<MentorFact, MixQuotaFact, Integer, Integer> overQuota(
            ConstraintFactory factory) {
        return factory.forEach(MenteeAssignment.class)
                .join(MixQuotaFact.class)
                .filter((assignment, quota) -> MixQuotaFact.appliesTo(assignment.getMentor())
                        && quota.valueOf(assignment) != MixQuotaFact.UNKNOWN)
                .groupBy((assignment, quota) -> assignment.getMentor(), (assignment, quota) -> quota,
                        (assignment, quota) -> quota.valueOf(assignment), countBi())
                .filter((mentor, quota, value, mentees) -> quota.excess(mentor, mentees) > 0);
    }

    /**
     * Every assigned mentee: the pair constraints read the pair from the assignment's own table rather than joining
     * the table in, since a join node between them and the assignments cost each move a fifth of its time.
     */
    private static UniConstraintStream<MenteeAssignment> pairs(ConstraintFactory factory) {
        return factory.forEach(MenteeAssignment.class);
    }

    private static PairTable table(MenteeAssignment assignment) {
        return assignment.getPairTable();
    }

    private static int square(int value) {
        return value * value;
    }
}
