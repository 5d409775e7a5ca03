package org.mentormatch.matching.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.Priority;

/**
 * Everything the constraints need to know about every possible pair, computed once per run so that a score
 * calculation only reads arrays. Pair {@code (mentee, mentor)} lives at {@code mentee.index * mentorCount +
 * mentor.index}.
 * <p>
 * Per pair: one {@code int} packing the hard-rule flags (bits 0-5) and the eight criterion grades (3 bits each
 * from bit 8; grades are 0-4, worth 25 points each), and one {@code byte} of quality, stored together in one
 * {@code byte[]} so a score calculation touches one place per pair. Five bytes a pair:
 * 10,000 mentees × 7,000 mentors take 350 MB, where a byte per criterion would take 700 MB.
 * <p>
 * Coordinator affinities are sparse (a handful of interviewed pairs in millions), so they live apart from the
 * dense bytes: the rated pairs' indexes sorted in an {@code int[]}, their scores in a parallel {@code byte[]},
 * found by binary search. A rated pair's quality byte already includes its affinity (clamped to 0-100).
 */
public final class PairTable {

    private static final List<Criterion> PAIR_CRITERIA =
            Arrays.stream(Criterion.values()).filter(Criterion::isPairCriterion).toList();
    private static final int GRADE_SHIFT = 8;
    private static final int GRADE_BITS = 3;
    // 8 pair criteria × 3 bits from bit 8 fill the int exactly; a ninth pair criterion needs a long.
    private static final int POINTS_PER_GRADE = 100 / Criterion.MAX_GRADE;
    private static final int RULE_MASK = (1 << GRADE_SHIFT) - 1;
    private static final int PAIR_BYTES = Integer.BYTES + Byte.BYTES;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private final MatchingPolicy policy;
    // Copied out of the policy map: grading reads them 70 million times on the largest run.
    private final int[] weights;
    private final boolean[] required;
    private final int mentorCount;
    // Both per-pair values side by side, PAIR_BYTES a pair: the int of flags and grades (little-endian), then the
    // quality byte. A score calculation reads both for the same pair, so they share one cache line rather than
    // costing a miss in each of two arrays; the size is the same five bytes a pair.
    private final byte[] pairs;
    // Score-time lookups, indexed by Criterion.ordinal(): each criterion's reward per grade (weight × 25 points,
    // 0 when OFF) and where its grade sits in the packed int. The constraints read these on every move.
    private final int[] rewardPerGrade;
    private final int[] shifts;
    // Sum of the pair criterion weights: what one quality point is worth in soft score.
    private final int totalPairWeight;
    // Sparse coordinator affinities: sorted pair indexes and their scores (−100..100, never 0).
    private int[] affinityPairs = new int[0];
    private byte[] affinityScores = new byte[0];

    private PairTable(MatchingPolicy policy, int menteeCount, int mentorCount) {
        this.policy = policy;
        this.weights = Arrays.stream(Criterion.values()).mapToInt(policy::weight).toArray();
        this.required = new boolean[weights.length];
        PAIR_CRITERIA.forEach(criterion -> required[criterion.ordinal()] = policy.level(criterion).isRequired());
        this.mentorCount = mentorCount;
        this.pairs = new byte[Math.multiplyExact(Math.multiplyExact(menteeCount, mentorCount), PAIR_BYTES)];
        this.rewardPerGrade = new int[weights.length];
        this.shifts = new int[weights.length];
        PAIR_CRITERIA.forEach(criterion -> {
            rewardPerGrade[criterion.ordinal()] = weights[criterion.ordinal()] * POINTS_PER_GRADE;
            shifts[criterion.ordinal()] = gradeShift(criterion);
        });
        this.totalPairWeight = PAIR_CRITERIA.stream().mapToInt(criterion -> weights[criterion.ordinal()]).sum();
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
        checkDense(mentees, MenteeFact::index);
        checkDense(mentors, MentorFact::index);
        PairTable table = new PairTable(policy, mentees.size(), mentors.size());
        PairGrader grader = new PairGrader();
        List<PairGrader.Mentee> encodedMentees = mentees.stream().map(grader::encode).toList();
        List<PairGrader.Mentor> encodedMentors = mentors.stream().map(grader::encode).toList();
        IntStream.range(0, mentees.size()).parallel().forEach(row -> {
            for (int column = 0; column < encodedMentors.size(); column++) {
                table.grade(row * table.mentorCount + column, encodedMentees.get(row), encodedMentors.get(column));
            }
        });
        Map<UUID, MenteeFact> menteesById = byId(mentees, MenteeFact::id);
        Map<UUID, MentorFact> mentorsById = byId(mentors, MentorFact::id);
        for (ExcludedPair exclusion : exclusions) {
            MenteeFact mentee = menteesById.get(exclusion.menteeId());
            MentorFact mentor = mentorsById.get(exclusion.mentorId());
            if (mentee != null && mentor != null) {
                int pair = table.pairIndex(mentee, mentor);
                table.setBits(pair, table.bits(pair) | HardRule.EXCLUDED.bit());
            }
        }
        table.rate(affinities, menteesById, mentorsById);
        return table;
    }

    private void rate(Collection<PairAffinity> affinities, Map<UUID, MenteeFact> menteesById,
            Map<UUID, MentorFact> mentorsById) {
        // (pair index << 8) | (score & 0xFF): sorting the keys sorts by pair, and the score rides along.
        long[] keyed = affinities.stream()
                .filter(a -> a.score() != 0 && menteesById.containsKey(a.menteeId()) && mentorsById.containsKey(a.mentorId()))
                .mapToLong(a -> ((long) pairIndex(menteesById.get(a.menteeId()), mentorsById.get(a.mentorId())) << 8)
                        | (a.score() & 0xFF))
                .sorted()
                .toArray();
        affinityPairs = new int[keyed.length];
        affinityScores = new byte[keyed.length];
        for (int i = 0; i < keyed.length; i++) {
            affinityPairs[i] = (int) (keyed[i] >>> 8);
            affinityScores[i] = (byte) keyed[i];
            if (i > 0 && affinityPairs[i] == affinityPairs[i - 1]) {
                throw new IllegalArgumentException("Pair %d is rated twice".formatted(affinityPairs[i]));
            }
            int pair = affinityPairs[i];
            int quality = Math.max(0, Math.min(100, qualityAt(pair) + affinityScores[i]));
            pairs[pair * PAIR_BYTES + Integer.BYTES] = (byte) quality;
            int bits = bits(pair) & ~HardRule.BELOW_MINIMUM_QUALITY.bit();
            setBits(pair, bits | flag(HardRule.BELOW_MINIMUM_QUALITY,
                    policy.priority() == Priority.QUALITY && quality < policy.minimumQuality()));
        }
    }

    /** Bytes the pair arrays of a run this size take. */
    public static long bytesFor(int menteeCount, int mentorCount) {
        return (long) menteeCount * mentorCount * PAIR_BYTES;
    }

    private void grade(int pair, PairGrader.Mentee mentee, PairGrader.Mentor mentor) {
        int bits = 0;
        int weighted = 0;
        int totalWeight = 0;
        boolean requirementUnmet = false;
        for (Criterion criterion : PAIR_CRITERIA) {
            int grade = PairGrader.grade(criterion, mentee, mentor);
            bits |= grade << gradeShift(criterion);
            weighted += weights[criterion.ordinal()] * grade * POINTS_PER_GRADE;
            totalWeight += weights[criterion.ordinal()];
            requirementUnmet |= required[criterion.ordinal()] && grade < criterion.passGrade();
        }
        // Rounded weighted average; with every criterion OFF no pair is better than another.
        int pairQuality = totalWeight == 0 ? 100 : (2 * weighted + totalWeight) / (2 * totalWeight);
        bits |= flag(HardRule.SAME_EMPLOYER, PairGrader.sameEmployer(mentee, mentor))
                | flag(HardRule.NO_COMMON_LANGUAGE, !PairGrader.commonLanguage(mentee, mentor))
                | flag(HardRule.FIELDS_TOO_FAR_APART,
                        gradeOf(bits, Criterion.FIELD_CLOSENESS) < policy.minimumFieldCloseness())
                | flag(HardRule.REQUIRED_CRITERION_NOT_MET, requirementUnmet)
                | flag(HardRule.BELOW_MINIMUM_QUALITY,
                        policy.priority() == Priority.QUALITY && pairQuality < policy.minimumQuality());
        setBits(pair, bits);
        pairs[pair * PAIR_BYTES + Integer.BYTES] = (byte) pairQuality;
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
        return affinityPairs.length == 0 ? 0 : affinityAt(pairIndex(assignment));
    }

    /** The coordinator's rating of pair (mentee index, mentor index), −100..100; 0 if unrated. */
    public int affinity(int menteeIndex, int mentorIndex) {
        return affinityAt(menteeIndex * mentorCount + mentorIndex);
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
        int bits = bits(pairIndex(mentee, mentor));
        return PAIR_CRITERIA.stream()
                .filter(c -> required[c.ordinal()] && gradeOf(bits, c) < c.passGrade())
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
                * ((bits(pairIndex(assignment)) >>> shifts[ordinal]) & ((1 << GRADE_BITS) - 1));
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
        int bits = bits(menteeIndex * mentorCount + mentorIndex);
        int sum = 0;
        for (Criterion criterion : PAIR_CRITERIA) {
            int ordinal = criterion.ordinal();
            sum += rewardPerGrade[ordinal] * ((bits >>> shifts[ordinal]) & ((1 << GRADE_BITS) - 1));
        }
        return sum;
    }

    /** Weighted average of the pair's criterion scores plus its affinity, clamped to 0-100. */
    public int quality(int menteeIndex, int mentorIndex) {
        return qualityAt(menteeIndex * mentorCount + mentorIndex);
    }

    private int bits(int pair) {
        return (int) INT.get(pairs, pair * PAIR_BYTES);
    }

    private void setBits(int pair, int bits) {
        INT.set(pairs, pair * PAIR_BYTES, bits);
    }

    private int qualityAt(int pair) {
        return pairs[pair * PAIR_BYTES + Integer.BYTES];
    }

    private int affinityAt(int pair) {
        int found = Arrays.binarySearch(affinityPairs, pair);
        return found < 0 ? 0 : affinityScores[found];
    }

    private int pairIndex(MenteeAssignment assignment) {
        return assignment.getMenteeIndex() * mentorCount + assignment.getMentor().index();
    }

    private int pairIndex(MenteeFact mentee, MentorFact mentor) {
        return mentee.index() * mentorCount + mentor.index();
    }

    private static int gradeShift(Criterion criterion) {
        return GRADE_SHIFT + GRADE_BITS * criterion.ordinal();
    }

    private static int gradeOf(int bits, Criterion criterion) {
        return (bits >>> gradeShift(criterion)) & ((1 << GRADE_BITS) - 1);
    }

    private static int flag(HardRule rule, boolean broken) {
        return broken ? rule.bit() : 0;
    }

    private static <T> void checkDense(List<T> facts, Function<T, Integer> index) {
        for (int position = 0; position < facts.size(); position++) {
            if (index.apply(facts.get(position)) != position) {
                throw new IllegalArgumentException("Fact at position %d has index %d; indexes must be 0..n-1 in order"
                        .formatted(position, index.apply(facts.get(position))));
            }
        }
    }

    private static <T> Map<UUID, T> byId(List<T> facts, Function<T, UUID> id) {
        return facts.stream().collect(Collectors.toMap(id, Function.identity()));
    }
}
