package org.mentormatch.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentormatch.matching.MatchFixtures.mentee;
import static org.mentormatch.matching.MatchFixtures.mentor;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.policy.AttributeCompare;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;

/** The pair table grades the policy's attribute criteria next to the fixed ones, in the pair's packed bits. */
class AttributeGradesTest {

    private static final MatchingPolicy POLICY = MatchingPolicy.defaults().withAttributeCriteria(List.of(
            new AttributeCriterion("postingPhase", "Posting phase", AttributeCompare.SAME, Level.MUST),
            new AttributeCriterion("diet", "Diet", AttributeCompare.OVERLAP, Level.LOW),
            new AttributeCriterion("yearsAbroad", "Years abroad", AttributeCompare.MENTOR_AT_LEAST, Level.MEDIUM),
            new AttributeCriterion("hasChildren", "Has children", AttributeCompare.DIFFERENT, Level.LOW)));

    private static final MenteeFact MENTEE = mentee(0).attributes(Map.of("postingPhase", "ABROAD",
            "diet", List.of("halal", "vegetarian"), "yearsAbroad", 2, "hasChildren", true)).build();
    /** Everything matches: the same phase, every diet of the mentor shared, more years, no children. */
    private static final MentorFact MATCHING = mentor(0).attributes(Map.of("postingPhase", "ABROAD",
            "diet", List.of("halal"), "yearsAbroad", 5.5, "hasChildren", false)).build();
    /** Nothing matches. */
    private static final MentorFact OPPOSITE = mentor(1).attributes(Map.of("postingPhase", "RETURNED",
            "diet", List.of("kosher"), "yearsAbroad", 1, "hasChildren", true)).build();
    /** Nothing known. */
    private static final MentorFact UNKNOWN = mentor(2).build();
    /** One diet shared of two each. */
    private static final MentorFact PARTLY = mentor(3).attributes(Map.of("diet", List.of("halal", "kosher"),
            "yearsAbroad", 2)).build();

    private static PairTable table() {
        return PairTable.build(List.of(MENTEE), List.of(MATCHING, OPPOSITE, UNKNOWN, PARTLY), POLICY, List.of());
    }

    @Test
    void shouldGradeFullMatchesFourMismatchesNoughtAndUnknownsTwo() {
        PairTable table = table();
        assertThat(scores(table, MATCHING)).containsExactly(100, 100, 100, 100);
        assertThat(scores(table, OPPOSITE)).containsExactly(0, 0, 0, 0);
        assertThat(scores(table, UNKNOWN)).containsExactly(50, 50, 50, 50);
        // One shared diet of two each is 3; an equal number of years is enough.
        assertThat(scores(table, PARTLY)).containsExactly(50, 75, 100, 50);
    }

    @Test
    void shouldRuleOutAPairThatFailsAMustAttributeButNotOneThatIsUnknown() {
        PairTable table = table();
        assertThat(table.breaks(HardRule.REQUIRED_CRITERION_NOT_MET, MENTEE, OPPOSITE)).isTrue();
        assertThat(table.unmetAttributeRequirements(MENTEE, OPPOSITE)).extracting(AttributeCriterion::key)
                .containsExactly("postingPhase");
        assertThat(table.isAllowed(MENTEE, MATCHING)).isTrue();
        assertThat(table.isAllowed(MENTEE, UNKNOWN)).isTrue();
    }

    @Test
    void shouldCountAttributeRewardsInTheExactPhasesRewardAndInQuality() {
        PairTable table = table();
        int fixed = PairTable.PAIR_CRITERIA.stream().mapToInt(c -> table.weightedScore(c, MENTEE, MATCHING)).sum();
        // MUST 3 + LOW 1 + MEDIUM 2 + LOW 1, each at 100.
        assertThat(table.reward(0, 0)).isEqualTo(fixed + 700);
        assertThat(table.reward(0, 1)).isEqualTo(
                PairTable.PAIR_CRITERIA.stream().mapToInt(c -> table.weightedScore(c, MENTEE, OPPOSITE)).sum());
        int fixedWeight = PairTable.PAIR_CRITERIA.stream().mapToInt(table::weight).sum();
        assertThat(table.totalPairWeight()).isEqualTo(fixedWeight + 7);
        assertThat(table.quality(MENTEE, MATCHING)).isEqualTo(Math.round((fixed + 700) / (float) (fixedWeight + 7)));
    }

    @Test
    void shouldGradeTheFixedCriteriaAsWithoutAttributeCriteria() {
        PairTable with = table();
        PairTable without = PairTable.build(List.of(MENTEE), List.of(MATCHING, OPPOSITE, UNKNOWN, PARTLY),
                MatchingPolicy.defaults(), List.of());
        for (MentorFact mentor : List.of(MATCHING, OPPOSITE, UNKNOWN, PARTLY)) {
            for (Criterion criterion : PairTable.PAIR_CRITERIA) {
                assertThat(with.score(criterion, MENTEE, mentor)).isEqualTo(without.score(criterion, MENTEE, mentor));
            }
        }
    }

    @Test
    void shouldCompareChoicesAsWrittenAndYesNoAndNumbersByValue() {
        AttributeGrader grader = new AttributeGrader(List.of(
                new AttributeCriterion("diet", "Diet", AttributeCompare.SAME, Level.LOW),
                new AttributeCriterion("kids", "Kids", AttributeCompare.SAME, Level.LOW),
                new AttributeCriterion("seats", "Seats", AttributeCompare.SAME, Level.LOW)));
        var a = grader.encode(Map.of("diet", "Halal", "kids", true, "seats", 4));
        var b = grader.encode(Map.of("diet", "halal", "kids", true, "seats", 4.0));
        Map<String, Object> none = new HashMap<>();
        none.put("diet", null);
        var c = grader.encode(none);
        assertThat(grader.grade(0, a, b)).isZero();
        assertThat(grader.grade(1, a, b)).isEqualTo(4);
        assertThat(grader.grade(2, a, b)).isEqualTo(4);
        assertThat(grader.grade(0, a, c)).isEqualTo(2);
    }

    private static List<Integer> scores(PairTable table, MentorFact mentor) {
        return java.util.stream.IntStream.range(0, table.attributeCriteria().size())
                .mapToObj(i -> table.attributeScore(i, MENTEE, mentor)).toList();
    }
}
