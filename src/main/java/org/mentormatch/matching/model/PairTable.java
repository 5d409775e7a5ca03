package org.mentormatch.matching.model;

import static org.mentormatch.matching.model.PairLayout.GRADE_MASK;
import static org.mentormatch.matching.model.PairLayout.PAIR_BYTES;
import static org.mentormatch.matching.model.PairLayout.POINTS_PER_GRADE;
import static org.mentormatch.matching.model.PairLayout.RULE_MASK;
import static org.mentormatch.matching.model.PairLayout.gradeOf;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.MatchingPolicy;

/**
 * Everything the constraints need to know about every possible pair, computed once per run (by
 * {@link PairTableBuilder}) so that a score calculation only reads arrays. Pair {@code (mentee, mentor)} lives at
 * {@code mentee.index * mentorCount + mentor.index}; {@link PairLayout} says how its bytes hold the rule flags,
 * the criterion grades and the quality, {@link PairAffinities} holds the few pairs a coordinator rated. A rated
 * pair's quality byte already includes its affinity (clamped to 0-100).
 */
public final class PairTable {

    static final List<Criterion> PAIR_CRITERIA = PairLayout.PAIR_CRITERIA;

    private final MatchingPolicy policy;
    private final int[] weights;
    private final int mentorCount;
    // PAIR_BYTES a pair, laid out as PairLayout says.
    private final byte[] pairs;
    // Score-time lookups, indexed by Criterion.ordinal(): each criterion's reward per grade (weight × 25 points,
    // 0 when OFF) and where its grade sits in the packed bits. The constraints read these on every move.
    private final int[] rewardPerGrade;
    private final int[] shifts;
    // The same rewards in PAIR_CRITERIA order, the order of the grades in the packed bits: the exact phase sums
    // them for all 70 million pairs of the largest run, several times.
    private final int[] rewardPerGradeInLayoutOrder;
    // Sum of the pair criterion weights: what one quality point is worth in soft score.
    private final int totalPairWeight;
    private final PairAffinities affinities;

    PairTable(MatchingPolicy policy, int mentorCount, byte[] pairs, PairAffinities affinities) {
        this.policy = policy;
        this.weights = Arrays.stream(Criterion.values()).mapToInt(policy::weight).toArray();
        this.mentorCount = mentorCount;
        this.pairs = pairs;
        this.rewardPerGrade = new int[weights.length];
        this.shifts = new int[weights.length];
        PAIR_CRITERIA.forEach(criterion -> {
            rewardPerGrade[criterion.ordinal()] = weights[criterion.ordinal()] * POINTS_PER_GRADE;
            shifts[criterion.ordinal()] = PairLayout.gradeShift(criterion);
        });
        this.rewardPerGradeInLayoutOrder = PAIR_CRITERIA.stream().mapToInt(c -> rewardPerGrade[c.ordinal()]).toArray();
        this.totalPairWeight = PAIR_CRITERIA.stream().mapToInt(criterion -> weights[criterion.ordinal()]).sum();
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

    /** Bytes the pair arrays of a run this size take. */
    public static long bytesFor(int menteeCount, int mentorCount) {
        return (long) menteeCount * mentorCount * PAIR_BYTES + PairLayout.TAIL_BYTES;
    }

    public MatchingPolicy policy() {
        return policy;
    }

    public int weight(Criterion criterion) {
        return weights[criterion.ordinal()];
    }

    /** Sum of the pair criterion weights: a pair's criterion rewards add up to its base quality times this. */
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

    /** The pair's soft rewards summed over all pair criteria: Σ weight × score. */
    public int reward(int menteeIndex, int mentorIndex) {
        long grades = bits(menteeIndex * mentorCount + mentorIndex) >>> PairLayout.RULE_BITS;
        int sum = 0;
        for (int reward : rewardPerGradeInLayoutOrder) {
            sum += reward * (int) (grades & GRADE_MASK);
            grades >>>= PairLayout.GRADE_BITS;
        }
        return sum;
    }

    /** Weighted average of the pair's criterion scores plus its affinity, clamped to 0-100. */
    public int quality(int menteeIndex, int mentorIndex) {
        return qualityAt(menteeIndex * mentorCount + mentorIndex);
    }

    private long bits(int pair) {
        return PairLayout.bits(pairs, pair);
    }

    private int qualityAt(int pair) {
        return PairLayout.quality(pairs, pair);
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
