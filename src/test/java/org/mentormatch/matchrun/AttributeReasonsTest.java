package org.mentormatch.matchrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentormatch.matching.MatchFixtures.mentee;
import static org.mentormatch.matching.MatchFixtures.mentor;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.AttributeCompare;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.solver.justification.AttributeJustification;

/** Reasons quote the programme's label for an attribute criterion, and count the mentors a MUST one rules out. */
class AttributeReasonsTest {

    private static final MatchingPolicy POLICY = MatchingPolicy.defaults().withAttributeCriteria(List.of(
            new AttributeCriterion("postingPhase", "Posting phase", AttributeCompare.SAME, Level.MUST),
            new AttributeCriterion("diet", "Diet", AttributeCompare.OVERLAP, Level.LOW),
            new AttributeCriterion("hasChildren", "Has children", AttributeCompare.SAME, Level.LOW)));
    private static final MenteeFact MENTEE = mentee(0).attributes(Map.of("postingPhase", "ABROAD",
            "diet", List.of("halal", "vegetarian"), "hasChildren", true)).build();
    private static final MentorFact SAME = mentor(0).attributes(Map.of("postingPhase", "ABROAD",
            "diet", List.of("vegetarian", "kosher"), "hasChildren", false)).build();
    private static final MentorFact OTHER = mentor(1).attributes(Map.of("postingPhase", "RETURNED")).build();

    private final PairTable table = PairTable.build(List.of(MENTEE), List.of(SAME, OTHER), POLICY, List.of());

    @Test
    void shouldQuoteTheLabelAndTheValues() {
        String reason = ReasonWriter.describe(AttributeJustification.of(new MenteeAssignment(MENTEE, SAME, false), table),
                MENTEE, SAME);
        assertThat(reason).isEqualTo("Same posting phase: ABROAD. Shared diet: vegetarian. "
                + "Same has children: not met (mentee yes, mentor no).");
    }

    @Test
    void shouldCountTheMentorsAMustAttributeCriterionRulesOut() {
        MatchPlan plan = new MatchPlan(table, List.of(SAME, OTHER), List.of(MenteeAssignment.unassigned(MENTEE)));
        String reason = new UnmatchedReasons(plan, Map.of(SAME, List.of(mentee(1).build().id(), mentee(2).build().id())))
                .explain(MENTEE);
        assertThat(reason).isEqualTo("The only eligible mentor is full.");

        MentorFact returned = mentor(0).attributes(Map.of("postingPhase", "RETURNED")).build();
        MatchPlan onlyOther = new MatchPlan(PairTable.build(List.of(MENTEE), List.of(returned), POLICY, List.of()),
                List.of(returned), List.of(MenteeAssignment.unassigned(MENTEE)));
        assertThat(new UnmatchedReasons(onlyOther, Map.of()).explain(MENTEE))
                .isEqualTo("None of the 1 mentors is eligible: 1 fail a criterion the policy requires, "
                        + "1 fail Same posting phase.");
    }
}
