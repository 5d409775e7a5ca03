package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.support.MaximumMatching;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

class MatchSolverTest {

    private static final int MENTEES = 30;

    @Test
    void shouldMatchAsManyMenteesAsPossibleWithoutBreakingRules() {
        MatchPlan problem = GeneratedPlans.plan(MENTEES, 25, 2, 42);
        int possible = maximumMatching(problem);
        // Stop as soon as the best possible participation is reached; the time limit only guards a failing test.
        HardMediumSoftLongScore enough = HardMediumSoftLongScore.of(0, possible - MENTEES, Long.MIN_VALUE);
        TerminationConfig termination = new TerminationConfig()
                .withBestScoreLimit(enough.toString())
                .withSecondsSpentLimit(10L);

        MatchPlan solution = SolverFactory.<MatchPlan>create(GeneratedPlans.solverConfig(termination))
                .buildSolver().solve(problem);

        assertThat(possible).isBetween(MENTEES / 2, MENTEES - 1); // the instance is neither trivial nor hopeless
        assertThat(solution.getScore().hardScore()).isZero();
        assertThat(solution.getScore().mediumScore()).isEqualTo(possible - MENTEES);
        PairTable table = solution.getPairTable();
        List<MenteeAssignment> matched = solution.getAssignments().stream().filter(a -> a.getMentor() != null).toList();
        assertThat(matched).hasSize(possible)
                .allMatch(a -> table.isAllowed(a.getMentee(), a.getMentor()));
        assertThat(matched.stream().collect(Collectors.groupingBy(MenteeAssignment::getMentor, Collectors.counting())))
                .allSatisfy((mentor, mentees) -> assertThat(mentees).isLessThanOrEqualTo(mentor.capacity()));
    }

    private static int maximumMatching(MatchPlan plan) {
        return MaximumMatching.size(plan.getAssignments().stream().map(MenteeAssignment::getMentee).toList(), plan.getMentors(),
                MentorFact::capacity, plan.getPairTable()::isAllowed);
    }
}
