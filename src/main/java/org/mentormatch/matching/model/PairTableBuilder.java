package org.mentormatch.matching.model;

import static org.mentormatch.matching.model.PairLayout.POINTS_PER_GRADE;
import static org.mentormatch.matching.model.PairLayout.flag;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.Priority;

/**
 * Fills a {@link PairTable} once per run: grades every pair, marks the excluded ones, then adds each coordinator
 * affinity to its pair's quality (clamped to 0-100, and the QUALITY minimum judged on the result).
 */
final class PairTableBuilder {

    private static final int MENTEE_BLOCK = 16;
    private static final int MENTOR_BLOCK = 256;
    private static final Criterion[] PAIR_CRITERIA = PairTable.PAIR_CRITERIA.toArray(Criterion[]::new);

    private final MatchingPolicy policy;
    // Copied out of the policy map: grading reads them 70 million times on the largest run.
    private final int[] weights;
    private final boolean[] required;
    private final EmployerRule employerRule;
    private final int mentorCount;
    private final PairLayout layout;
    private final byte[] pairs;
    // The policy's attribute criteria, by index: their weights, whether MUST, and where their grades go.
    private final int[] attributeWeights;
    private final boolean[] attributeRequired;
    private final int[] attributeShifts;

    private PairTableBuilder(MatchingPolicy policy, int menteeCount, int mentorCount) {
        this.policy = policy;
        this.weights = Arrays.stream(Criterion.values()).mapToInt(policy::weight).toArray();
        this.required = new boolean[weights.length];
        this.employerRule = policy.employerRule();
        PairTable.PAIR_CRITERIA.forEach(c -> required[c.ordinal()] = policy.level(c).isRequired());
        this.mentorCount = mentorCount;
        this.layout = PairLayout.of(policy.attributeCriteria().size());
        this.pairs = layout.allocate(Math.multiplyExact(menteeCount, mentorCount));
        this.attributeWeights = policy.attributeCriteria().stream().mapToInt(c -> c.level().weight()).toArray();
        this.attributeRequired = new boolean[attributeWeights.length];
        this.attributeShifts = new int[attributeWeights.length];
        for (int i = 0; i < attributeWeights.length; i++) {
            attributeRequired[i] = policy.attributeCriteria().get(i).level().isRequired();
            attributeShifts[i] = layout.attributeShift(i);
        }
    }

    static PairTable build(List<MenteeFact> mentees, List<MentorFact> mentors, MatchingPolicy policy,
            Collection<ExcludedPair> exclusions, Collection<PairAffinity> affinities) {
        checkDense(mentees, MenteeFact::index);
        checkDense(mentors, MentorFact::index);
        PairTableBuilder builder = new PairTableBuilder(policy, mentees.size(), mentors.size());
        PairGrader grader = new PairGrader(policy.onlineCountsAsLocal());
        List<PairGrader.Mentee> encodedMentees = mentees.stream().map(grader::encode).toList();
        List<PairGrader.Mentor> encodedMentors = mentors.stream().map(grader::encode).toList();
        AttributeGrader attributes = new AttributeGrader(policy.attributeCriteria());
        List<AttributeGrader.Values> menteeValues = mentees.stream().map(m -> attributes.encode(m.attributes())).toList();
        List<AttributeGrader.Values> mentorValues = mentors.stream().map(m -> attributes.encode(m.attributes())).toList();
        // Blocks of mentees × blocks of mentors, so that a block of mentors' encodings (with their sets, a few
        // hundred bytes each) stays in the core's cache while a block of mentees is graded against it: row by row,
        // every mentee read all 7,000 mentors' (2 MB) from memory again.
        int menteeBlocks = (mentees.size() + MENTEE_BLOCK - 1) / MENTEE_BLOCK;
        IntStream.range(0, menteeBlocks).parallel().forEach(block -> {
            int lastRow = Math.min(mentees.size(), (block + 1) * MENTEE_BLOCK);
            for (int firstColumn = 0; firstColumn < mentors.size(); firstColumn += MENTOR_BLOCK) {
                int lastColumn = Math.min(mentors.size(), firstColumn + MENTOR_BLOCK);
                for (int row = block * MENTEE_BLOCK; row < lastRow; row++) {
                    PairGrader.Mentee mentee = encodedMentees.get(row);
                    AttributeGrader.Values values = menteeValues.get(row);
                    for (int column = firstColumn; column < lastColumn; column++) {
                        builder.grade(row * builder.mentorCount + column, mentee, encodedMentors.get(column),
                                attributes, values, mentorValues.get(column));
                    }
                }
            }
        });
        Map<UUID, MenteeFact> menteesById = byId(mentees, MenteeFact::id);
        Map<UUID, MentorFact> mentorsById = byId(mentors, MentorFact::id);
        for (ExcludedPair exclusion : exclusions) {
            MenteeFact mentee = menteesById.get(exclusion.menteeId());
            MentorFact mentor = mentorsById.get(exclusion.mentorId());
            if (mentee != null && mentor != null) {
                int pair = builder.pairIndex(mentee, mentor);
                builder.layout.setBits(builder.pairs, pair,
                        builder.layout.bits(builder.pairs, pair) | HardRule.EXCLUDED.bit());
            }
        }
        PairAffinities rated = builder.rate(affinities, menteesById, mentorsById);
        return new PairTable(policy, mentors.size(), builder.layout, builder.pairs, rated);
    }

    private void grade(int pair, PairGrader.Mentee mentee, PairGrader.Mentor mentor, AttributeGrader attributes,
            AttributeGrader.Values menteeValues, AttributeGrader.Values mentorValues) {
        long bits = 0;
        int weighted = 0;
        int totalWeight = 0;
        boolean requirementUnmet = false;
        for (Criterion criterion : PAIR_CRITERIA) { // an array: this runs for every pair
            int grade = PairGrader.grade(criterion, mentee, mentor);
            bits |= (long) grade << PairLayout.gradeShift(criterion);
            weighted += weights[criterion.ordinal()] * grade * POINTS_PER_GRADE;
            totalWeight += weights[criterion.ordinal()];
            requirementUnmet |= required[criterion.ordinal()] && grade < criterion.passGrade();
        }
        for (int i = 0; i < attributeWeights.length; i++) {
            int grade = attributes.grade(i, menteeValues, mentorValues);
            bits |= (long) grade << attributeShifts[i];
            weighted += attributeWeights[i] * grade * POINTS_PER_GRADE;
            totalWeight += attributeWeights[i];
            requirementUnmet |= attributeRequired[i] && grade < AttributeCriterion.PASS_GRADE;
        }
        // Rounded weighted average; with every criterion OFF no pair is better than another.
        int pairQuality = totalWeight == 0 ? 100 : (2 * weighted + totalWeight) / (2 * totalWeight);
        boolean sameEmployer = PairGrader.sameEmployer(mentee, mentor);
        bits |= flag(HardRule.SAME_EMPLOYER, employerRule == EmployerRule.DIFFERENT && sameEmployer)
                | flag(HardRule.DIFFERENT_EMPLOYER, employerRule == EmployerRule.SAME && !sameEmployer)
                | flag(HardRule.NO_COMMON_LANGUAGE, !PairGrader.commonLanguage(mentee, mentor))
                | flag(HardRule.FIELDS_TOO_FAR_APART,
                        PairLayout.gradeOf(bits, Criterion.FIELD_CLOSENESS) < policy.minimumFieldCloseness())
                | flag(HardRule.REQUIRED_CRITERION_NOT_MET, requirementUnmet)
                | belowMinimum(pairQuality);
        layout.setBits(pairs, pair, bits);
        layout.setQuality(pairs, pair, pairQuality);
    }

    /** Exclusions and affinities naming people outside this run are ignored; a pair rated twice is refused. */
    private PairAffinities rate(Collection<PairAffinity> affinities, Map<UUID, MenteeFact> menteesById,
            Map<UUID, MentorFact> mentorsById) {
        PairAffinities rated = new PairAffinities(affinities.stream()
                .filter(a -> a.score() != 0 && menteesById.containsKey(a.menteeId()) && mentorsById.containsKey(a.mentorId()))
                .mapToLong(a -> PairAffinities.key(pairIndex(menteesById.get(a.menteeId()),
                        mentorsById.get(a.mentorId())), a.score()))
                .toArray());
        for (int i = 0; i < rated.size(); i++) {
            int pair = rated.pairAt(i);
            int quality = Math.max(0, Math.min(100, layout.quality(pairs, pair) + rated.scoreAt(i)));
            layout.setQuality(pairs, pair, quality);
            long bits = layout.bits(pairs, pair) & ~HardRule.BELOW_MINIMUM_QUALITY.bit();
            layout.setBits(pairs, pair, bits | belowMinimum(quality));
        }
        return rated;
    }

    private long belowMinimum(int quality) {
        return flag(HardRule.BELOW_MINIMUM_QUALITY,
                policy.priority() == Priority.QUALITY && quality < policy.minimumQuality());
    }

    private int pairIndex(MenteeFact mentee, MentorFact mentor) {
        return mentee.index() * mentorCount + mentor.index();
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
