package org.mentormatch.matching.model;

import static org.mentormatch.matching.model.PairLayout.GRADE_MASK;
import static org.mentormatch.matching.model.PairLayout.POINTS_PER_GRADE;
import static org.mentormatch.matching.model.PairLayout.RULE_MASK;
import static org.mentormatch.matching.model.PairLayout.gradeOf;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.MatchingPolicy;

/**
 * Everything the constraints need to know about every possible pair, computed once per run (by
 * {@link PairTableBuilder}) so that a score calculation only reads arrays. Pair {@code (mentee, mentor)} lives at
 * {@code mentee.index * mentorCount + mentor.index}; {@link PairLayout} says how its bytes hold the rule flags,
 * the criterion grades (the fixed criteria's, then the policy's attribute criteria's) and the quality,
 * {@link PairAffinities} holds the few pairs a coordinator rated. A rated
 * pair's quality byte already includes its affinity (clamped to 0-100).
 */
public final class PairTable {

    static final List<Criterion> PAIR_CRITERIA = PairLayout.PAIR_CRITERIA;

    private final MatchingPolicy policy;
    private final int[] weights;
    private final int mentorCount;
    private final PairLayout layout;
    // layout.pairBytes() a pair, laid out as PairLayout says.
    private final byte[] pairs;
    // Score-time lookups, indexed by Criterion.ordinal(): each criterion's reward per grade (weight × 25 points,
    // 0 when OFF) and where its grade sits in the packed bits. The constraints read these on every move.
    private final int[] rewardPerGrade;
    private final int[] shifts;
    // The same for the policy's attribute criteria, by their index in the policy.
    private final List<AttributeCriterion> attributeCriteria;
    private final int[] attributeRewardPerGrade;
    private final int[] attributeShifts;
    // Σ reward per grade × grade of GRADES_PER_LOOKUP consecutive grades in the packed bits (PAIR_CRITERIA, then
    // the attribute criteria), indexed by those grades' bits: the exact phase sums the rewards of all 70 million
    // pairs of the largest run, several times, and three lookups cost a third of nine multiply-adds.
    private static final int GRADES_PER_LOOKUP = 4;
    private final int[][] rewardLookups;
    // Sum of the pair criterion weights: what one quality point is worth in soft score.
    private final int totalPairWeight;
    private final PairAffinities affinities;

    PairTable(MatchingPolicy policy, int mentorCount, PairLayout layout, byte[] pairs, PairAffinities affinities) {
        this.policy = policy;
        this.weights = Arrays.stream(Criterion.values()).mapToInt(policy::weight).toArray();
        this.mentorCount = mentorCount;
        this.layout = layout;
        this.pairs = pairs;
        this.rewardPerGrade = new int[weights.length];
        this.shifts = new int[weights.length];
        PAIR_CRITERIA.forEach(criterion -> {
            rewardPerGrade[criterion.ordinal()] = weights[criterion.ordinal()] * POINTS_PER_GRADE;
            shifts[criterion.ordinal()] = PairLayout.gradeShift(criterion);
        });
        this.attributeCriteria = policy.attributeCriteria();
        this.attributeRewardPerGrade = attributeCriteria.stream()
                .mapToInt(criterion -> criterion.level().weight() * POINTS_PER_GRADE).toArray();
        this.attributeShifts = IntStream.range(0, attributeCriteria.size()).map(layout::attributeShift).toArray();
        this.rewardLookups = rewardLookups(IntStream.concat(
                PAIR_CRITERIA.stream().mapToInt(c -> rewardPerGrade[c.ordinal()]),
                Arrays.stream(attributeRewardPerGrade)).toArray());
        this.totalPairWeight = PAIR_CRITERIA.stream().mapToInt(criterion -> weights[criterion.ordinal()]).sum()
                + attributeCriteria.stream().mapToInt(criterion -> criterion.level().weight()).sum();
        this.affinities = affinities;
    }

    /** Grades every pair, in parallel by mentee. Exclusions naming people outside this run are ignored. */
    public static PairTable build(List<MenteeFact> mentees, List<MentorFact> mentors, MatchingPolicy policy,
            Collection<ExcludedPair> exclusions) {
        return build(mentees, mentors, policy, exclusions, List.of());
    }

    /**
     * Grades every pair, then adds each coordinator affinity to its pair's quality (clamped to 0-100, and the
     * QUALITY minimum judged on the result). Exclusions and affinities naming people outside this run are
     * ignored; a pair rated twice is refused.
     */
    public static PairTable build(List<MenteeFact> mentees, List<MentorFact> mentors, MatchingPolicy policy,
            Collection<ExcludedPair> exclusions, Collection<PairAffinity> affinities) {
        return PairTableBuilder.build(mentees, mentors, policy, exclusions, affinities);
    }

    /** Bytes the pair arrays of a run this size take, with a policy without attribute criteria. */
    public static long bytesFor(int menteeCount, int mentorCount) {
        return bytesFor(menteeCount, mentorCount, 0);
    }

    /** Bytes the pair arrays of a run this size take, with a policy with this many attribute criteria. */
    public static long bytesFor(int menteeCount, int mentorCount, int attributeCriteria) {
        return PairLayout.of(attributeCriteria).bytesFor((long) menteeCount * mentorCount);
    }

    public MatchingPolicy policy() {
        return policy;
    }

    public int weight(Criterion criterion) {
        return weights[criterion.ordinal()];
    }

    /** The policy's attribute criteria, in its order: their index is what the attribute accessors take. */
    public List<AttributeCriterion> attributeCriteria() {
        return attributeCriteria;
    }

    /** Sum of the pair criterion weights, attribute criteria included: a pair's criterion rewards add up to its base quality times this. */
    public int totalPairWeight() {
        return totalPairWeight;
    }

    /** The coordinator's rating of the pair, −100..100; 0 if unrated. */
    public int affinity(MenteeFact mentee, MentorFact mentor) {
        return affinityAt(pairIndex(mentee, mentor));
    }

    /** The coordinator's rating of the assignment's pair, −100..100; 0 if unrated. */
    public int affinity(MenteeAssignment assignment) {
        return affinities.isEmpty() ? 0 : affinityAt(pairIndex(assignment));
    }

    /** The coordinator's rating of pair (mentee index, mentor index), −100..100; 0 if unrated. */
    public int affinity(int menteeIndex, int mentorIndex) {
        // The exact phase asks for every pair, several times: 14 % of its time went to searching an empty array.
        return affinities.isEmpty() ? 0 : affinityAt(menteeIndex * mentorCount + mentorIndex);
    }

    /** The soft reward of the assignment's pair's affinity: one point per quality point, like the criteria. */
    public int affinityReward(MenteeAssignment assignment) {
        return totalPairWeight * affinity(assignment);
    }

    public boolean breaks(HardRule rule, MenteeFact mentee, MentorFact mentor) {
        return (bits(pairIndex(mentee, mentor)) & rule.bit()) != 0;
    }

    /** True if the pair breaks no pair rule (mentor capacity aside). */
    public boolean isAllowed(MenteeFact mentee, MentorFact mentor) {
        return (bits(pairIndex(mentee, mentor)) & RULE_MASK) == 0;
    }

    /** The pair's score on one pair criterion, 0-100, whatever the criterion's level. */
    public int score(Criterion criterion, MenteeFact mentee, MentorFact mentor) {
        if (!criterion.isPairCriterion()) {
            throw new IllegalArgumentException(criterion + " judges the whole plan, not a pair");
        }
        return gradeOf(bits(pairIndex(mentee, mentor)), criterion) * POINTS_PER_GRADE;
    }

    /** The criterion's score times its weight: the pair's soft reward for it. */
    public int weightedScore(Criterion criterion, MenteeFact mentee, MentorFact mentor) {
        return weight(criterion) * score(criterion, mentee, mentor);
    }

    /** Weighted average of the pair's criterion scores plus its affinity, clamped to 0-100. */
    public int quality(MenteeFact mentee, MentorFact mentor) {
        return qualityAt(pairIndex(mentee, mentor));
    }

    /** The pair's score on the policy's attribute criterion {@code index}, 0-100, whatever its level. */
    public int attributeScore(int index, MenteeFact mentee, MentorFact mentor) {
        return (int) ((bits(pairIndex(mentee, mentor)) >>> attributeShifts[index]) & GRADE_MASK) * POINTS_PER_GRADE;
    }

    /** The required (MUST) attribute criteria this pair fails, in the policy's order. */
    public List<AttributeCriterion> unmetAttributeRequirements(MenteeFact mentee, MentorFact mentor) {
        return IntStream.range(0, attributeCriteria.size())
                .filter(i -> attributeCriteria.get(i).level().isRequired()
                        && attributeScore(i, mentee, mentor) < AttributeCriterion.PASS_GRADE * POINTS_PER_GRADE)
                .mapToObj(attributeCriteria::get)
                .toList();
    }

    /** The required (MUST) criteria this pair fails, in declaration order. */
    public List<Criterion> unmetRequirements(MenteeFact mentee, MentorFact mentor) {
        long bits = bits(pairIndex(mentee, mentor));
        return PAIR_CRITERIA.stream()
                .filter(c -> policy.level(c).isRequired() && gradeOf(bits, c) < c.passGrade())
                .toList();
    }

    // Score-time accessors for an assigned MenteeAssignment (mentor not null): an array read and some shifts,
    // no allocation. The constraint streams call these for every move.

    /** True if the assignment's pair breaks the rule. */
    public boolean breaks(HardRule rule, MenteeAssignment assignment) {
        return (bits(pairIndex(assignment)) & rule.bit()) != 0;
    }

    /** The assignment's pair's soft reward for a pair criterion: weight × score, 0 if the criterion is OFF. */
    public int weightedScore(Criterion criterion, MenteeAssignment assignment) {
        int ordinal = criterion.ordinal();
        return rewardPerGrade[ordinal]
                * (int) ((bits(pairIndex(assignment)) >>> shifts[ordinal]) & GRADE_MASK);
    }

    /** The assignment's pair's soft rewards summed over the policy's attribute criteria: Σ weight × score. */
    public int attributeReward(MenteeAssignment assignment) {
        return attributeShifts.length == 0 ? 0 : attributeReward(bits(pairIndex(assignment)));
    }

    /** Weighted average of the assignment's pair's criterion scores plus its affinity, clamped to 0-100. */
    public int quality(MenteeAssignment assignment) {
        return qualityAt(pairIndex(assignment));
    }

    /** True if the assignment's pair breaks any pair rule: one test that spares the per-rule tests. */
    public boolean breaksAnyRule(MenteeAssignment assignment) {
        return (bits(pairIndex(assignment)) & RULE_MASK) != 0;
    }

    // By dense indexes, for code that walks the whole table (the exact construction phase): no facts needed.

    /** True if pair (mentee index, mentor index) breaks no pair rule. */
    public boolean isAllowed(int menteeIndex, int mentorIndex) {
        return (bits(menteeIndex * mentorCount + mentorIndex) & RULE_MASK) == 0;
    }

    /** The pair's soft rewards summed over all pair criteria, attribute criteria included: Σ weight × score. */
    public int reward(int menteeIndex, int mentorIndex) {
        // The grades follow the rule flags in layout order, attribute criteria last (PairLayout).
        long grades = bits(menteeIndex * mentorCount + mentorIndex) >>> PairLayout.RULE_BITS;
        int sum = 0;
        for (int[] lookup : rewardLookups) {
            sum += lookup[(int) grades & (lookup.length - 1)];
            grades >>>= PairLayout.GRADE_BITS * GRADES_PER_LOOKUP;
        }
        return sum;
    }

    /** For each group of up to GRADES_PER_LOOKUP grades, every value of their bits → Σ reward per grade × grade. */
    private static int[][] rewardLookups(int[] rewardPerGradeInLayoutOrder) {
        int groups = (rewardPerGradeInLayoutOrder.length + GRADES_PER_LOOKUP - 1) / GRADES_PER_LOOKUP;
        int[][] lookups = new int[groups][];
        for (int group = 0; group < groups; group++) {
            int first = group * GRADES_PER_LOOKUP;
            int count = Math.min(GRADES_PER_LOOKUP, rewardPerGradeInLayoutOrder.length - first);
            lookups[group] = new int[1 << (PairLayout.GRADE_BITS * count)];
            for (int value = 0; value < lookups[group].length; value++) {
                for (int i = 0; i < count; i++) {
                    int grade = (int) ((value >>> (PairLayout.GRADE_BITS * i)) & GRADE_MASK);
                    lookups[group][value] += rewardPerGradeInLayoutOrder[first + i] * grade;
                }
            }
        }
        return lookups;
    }

    /** Weighted average of the pair's criterion scores plus its affinity, clamped to 0-100. */
    public int quality(int menteeIndex, int mentorIndex) {
        return qualityAt(menteeIndex * mentorCount + mentorIndex);
    }

    private int attributeReward(long bits) {
        int sum = 0;
        for (int i = 0; i < attributeShifts.length; i++) {
            sum += attributeRewardPerGrade[i] * (int) ((bits >>> attributeShifts[i]) & GRADE_MASK);
        }
        return sum;
    }

    private long bits(int pair) {
        return layout.bits(pairs, pair);
    }

    private int qualityAt(int pair) {
        return layout.quality(pairs, pair);
    }

    private int affinityAt(int pair) {
        return affinities.of(pair);
    }

    private int pairIndex(MenteeAssignment assignment) {
        return assignment.getMenteeIndex() * mentorCount + assignment.getMentor().index();
    }

    private int pairIndex(MenteeFact mentee, MentorFact mentor) {
        return mentee.index() * mentorCount + mentor.index();
    }
}
