package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * A run's phases under {@link EnvironmentMode#FULL_ASSERT}: after every move and step OptaPlanner recalculates
 * the score from scratch and throws on any difference from the incremental one, so a constraint or the exact
 * phase that corrupts the score fails this test. Small and step-limited, because every move is scored twice.
 */
class FullAssertSolveTest {

    private static final int STEPS = 200;
    /**
     * A cohort this small can leave local search without an accepted move, so that its step limit is never
     * reached; this ends it after a fixed amount of work instead (about 2 s in FULL_ASSERT on these machines).
     */
    private static final long SCORE_CALCULATIONS = 20_000;

    @Test
    void shouldSolveASmallCohortWithoutScoreCorruption() {
        // Exclusions and confirmed (pinned) pairs too, so that every kind of fact is in play.
        MatchPlan problem = GeneratedPlans.plan(12, 9, 2, 7, MatchingPolicy.defaults(), 0.05, 0.2);

        MatchPlan solution = SolverFactory.<MatchPlan>create(asARunWouldSolve()).buildSolver().solve(problem);

        assertThat(solution.getScore().hardScore()).isZero();
        assertThat(solution.getAssignments()).filteredOn(MenteeAssignment::isPinned)
                .hasSameSizeAs(problem.getAssignments().stream().filter(MenteeAssignment::isPinned).toList());
    }

    /**
     * The phases of {@code matchrun.MatchRunner#configFor} (the exact phase, then local search with a step limit)
     * on the base configuration the service's OptaPlanner extension builds, in FULL_ASSERT.
     */
    private static SolverConfig asARunWouldSolve() {
        SolverConfig config = GeneratedPlans.solverConfig(new TerminationConfig()
                .withScoreCalculationCountLimit(SCORE_CALCULATIONS).withSpentLimit(Duration.ofSeconds(30)));
        // As a run does, without the constraints the policy leaves nothing to count.
        return config.withScoreDirectorFactory(
                        InertConstraints.leftOutOf(config.getScoreDirectorFactoryConfig(), MatchingPolicy.defaults()))
                .withEnvironmentMode(EnvironmentMode.FULL_ASSERT)
                .withPhases(new CustomPhaseConfig().withCustomPhaseCommandClassList(List.of(ExactAssignmentPhase.class)),
                        new LocalSearchPhaseConfig().withTerminationConfig(new TerminationConfig().withStepCountLimit(STEPS)));
    }
}
