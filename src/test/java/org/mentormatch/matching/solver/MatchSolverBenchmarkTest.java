package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.constructionheuristic.ConstructionHeuristicPhaseConfig;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.optaplanner.core.impl.solver.scope.SolverScope;

/**
 * Measurements, not checks: excluded from the normal build. Run with
 * {@code ./mvnw -o test -Dcodegen.skip=true -Dexcluded.test.groups=none -Dgroups=benchmark}; pick one method with
 * {@code -Dtest='MatchSolverBenchmarkTest#method'}. The 10,000 × 7,000 solve needs a heap of ~1 GB or more and
 * several minutes.
 */
@Tag("benchmark")
class MatchSolverBenchmarkTest {

    @Test
    void shouldLogScoreCalculationSpeedOnAThousandMentees() {
        MatchPlan problem = GeneratedPlans.plan(1_000, 700, 3, 7);
        SolverConfig config = GeneratedPlans.solverConfig(new TerminationConfig().withSecondsSpentLimit(10L));
        // As a run does, without the constraints the policy leaves nothing to count.
        config.setScoreDirectorFactoryConfig(InertConstraints.leftOutOf(config.getScoreDirectorFactoryConfig(),
                problem.getPairTable().policy()));
        Solver<MatchPlan> solver = SolverFactory.<MatchPlan>create(config).buildSolver();

        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();

        MatchPlan solution = solver.solve(problem);

        long cpuNanos = threads.getCurrentThreadCpuTime() - cpuStart;
        // Internal API, but the only way to read the speed back in 10.1 besides parsing the log.
        SolverScope<MatchPlan> scope = ((DefaultSolver<MatchPlan>) solver).getSolverScope();
        long speed = scope.getScoreCalculationSpeed();
        // Per second of the solver thread's CPU time: comparable between runs on a machine shared with other builds.
        long cpuSpeed = scope.getScoreCalculationCount() * 1_000_000_000L / Math.max(1, cpuNanos);
        System.out.printf("1000 x 700: score calculation speed %d/s (%d per CPU second), best score %s%n", speed,
                cpuSpeed, solution.getScore());
        assertThat(solution.getScore().hardScore()).isZero();
    }

    @Test
    void shouldLogScoreCalculationSpeedOnTheLargestSupportedRun() {
        // Heavy: a 350 MB pair table, then the construction heuristic over 10,000 mentees and 60 s of local search.
        MatchPlan problem = GeneratedPlans.plan(10_000, 7_000, 3, 7);
        // The default phases, with the limit on local search only, so the construction heuristic always finishes.
        SolverConfig config = GeneratedPlans.solverConfig(new TerminationConfig())
                .withTerminationConfig(null)
                .withPhases(new ConstructionHeuristicPhaseConfig(), new LocalSearchPhaseConfig()
                        .withTerminationConfig(new TerminationConfig().withSecondsSpentLimit(60L)));
        Solver<MatchPlan> solver = SolverFactory.<MatchPlan>create(config).buildSolver();
        long start = System.nanoTime();

        MatchPlan solution = solver.solve(problem);

        long spentMillis = (System.nanoTime() - start) / 1_000_000;
        Runtime runtime = Runtime.getRuntime();
        System.gc();
        long heapUsed = (runtime.totalMemory() - runtime.freeMemory()) / 1_000_000;
        long speed = ((DefaultSolver<MatchPlan>) solver).getSolverScope().getScoreCalculationSpeed();
        System.out.printf("10000 x 7000: solved in %d ms (construction heuristic + 60 s), score calculation speed"
                + " %d/s, best score %s, heap used after solving %d MB (max %d MB)%n", spentMillis, speed,
                solution.getScore(), heapUsed, runtime.maxMemory() / 1_000_000);
        assertThat(solution.getScore().hardScore()).isZero();
    }

    @Test
    void shouldLogPairTableBuildTimeForTheLargestSupportedRun() {
        MatchPlan large = GeneratedPlans.plan(10_000, 7_000, 3, 7);
        long start = System.nanoTime();
        PairTable table = PairTable.build(large.getAssignments().stream().map(MenteeAssignment::getMentee).toList(),
                large.getMentors(), MatchingPolicy.defaults(), List.of());
        System.out.printf("10000 x 7000: pair table built in %d ms, %d MB of pair arrays%n",
                (System.nanoTime() - start) / 1_000_000, PairTable.bytesFor(10_000, 7_000) / 1_000_000);
        assertThat(table.policy()).isEqualTo(MatchingPolicy.defaults());
    }
}
