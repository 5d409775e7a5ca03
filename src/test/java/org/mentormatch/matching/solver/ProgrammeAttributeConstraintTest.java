package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentormatch.matching.MatchFixtures.inRun;
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
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/** The policy's attribute criteria, one constraint for all of them, and their MUST rule. */
class ProgrammeAttributeConstraintTest {

    private static final MatchingPolicy POLICY = MatchingPolicy.defaults().withAttributeCriteria(List.of(
            new AttributeCriterion("postingPhase", "Posting phase", AttributeCompare.SAME, Level.MUST),
            new AttributeCriterion("diet", "Diet", AttributeCompare.OVERLAP, Level.LOW)));

    private static final MenteeFact ABROAD = mentee(0).attributes(Map.of("postingPhase", "ABROAD",
            "diet", List.of("halal"))).build();
    private static final MenteeFact UNKNOWN_MENTEE = mentee(1).build();
    private static final MentorFact ALSO_ABROAD = mentor(0).attributes(Map.of("postingPhase", "ABROAD",
            "diet", List.of("halal", "kosher"))).build();
    private static final MentorFact RETURNED = mentor(1).attributes(Map.of("postingPhase", "RETURNED",
            "diet", List.of("kosher"))).build();

    private final ConstraintVerifier<MatchConstraintProvider, MatchPlan> verifier =
            ConstraintVerifier.build(new MatchConstraintProvider(), MatchPlan.class, MenteeAssignment.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static PairTable table(MatchingPolicy policy) {
        return PairTable.build(List.of(ABROAD, UNKNOWN_MENTEE), List.of(ALSO_ABROAD, RETURNED), policy, List.of());
    }

    private static MenteeAssignment pair(MenteeFact mentee, MentorFact mentor) {
        return new MenteeAssignment(mentee, mentor, false);
    }

    @Test
    void programmeAttribute() {
        // Same phase 100 × MUST (3) + a shared diet 100 × LOW (1); unknowns 50 × 3 + 50 × 1.
        verifier.verifyThat(MatchConstraintProvider::programmeAttribute)
                .given(inRun(table(POLICY), pair(ABROAD, ALSO_ABROAD), pair(UNKNOWN_MENTEE, RETURNED))).rewardsWith(400 + 200);
        verifier.verifyThat(MatchConstraintProvider::programmeAttribute)
                .given(inRun(table(POLICY), pair(ABROAD, RETURNED))).rewardsWith(0);
        verifier.verifyThat(MatchConstraintProvider::programmeAttribute)
                .given(inRun(table(MatchingPolicy.defaults()), pair(ABROAD, ALSO_ABROAD))).rewardsWith(0);
    }

    @Test
    void requiredCriterionNotMetByAnAttribute() {
        verifier.verifyThat(MatchConstraintProvider::requiredCriterionNotMet)
                .given(inRun(table(POLICY), pair(ABROAD, RETURNED))).penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::requiredCriterionNotMet)
                .given(inRun(table(POLICY), pair(ABROAD, ALSO_ABROAD), pair(UNKNOWN_MENTEE, RETURNED))).penalizesBy(0);
    }

    @Test
    void shouldJustifyEachAttributeCriterionByItsLabel() {
        AttributeJustification justification = AttributeJustification.of(pair(ABROAD, ALSO_ABROAD), table(POLICY));
        assertThat(justification.criteria()).extracting(AttributeJustification.Scored::score).containsExactly(100, 100);
        assertThat(justification.description())
                .isEqualTo("Same posting phase: 100 of 100 (weight 3); Shared diet: 100 of 100 (weight 1).");
    }
}
