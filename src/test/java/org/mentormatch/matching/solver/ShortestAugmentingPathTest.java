package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.mentormatch.benchmark.OrLibraryInstance;
import org.mentormatch.benchmark.SyntheticCohort;

class ShortestAugmentingPathTest {

    private static final Path DATA = Path.of(System.getProperty("mentormatch.data", "../shared/data"));

    @Test
    void shouldMatchExhaustiveEnumerationOnSmallRandomProblems() {
        Random random = new Random(5);
        for (int instance = 0; instance < 300; instance++) {
            AssignmentProblem problem = randomProblem(random);

            ExactAssignment.Solution solution = new ShortestAugmentingPath().solve(problem);

            assertThat(solution.cost()).as("instance %d", instance).isEqualTo(bruteForce(problem));
            assertThat(cost(problem, solution.columnOf())).isEqualTo(solution.cost());
            assertThat(isFeasible(problem, solution.columnOf())).isTrue();
        }
    }

    @Test
    void shouldReoptimiseToTheOptimumOfAllArcsFromTheOptimumOfSome() {
        Random random = new Random(11);
        for (int instance = 0; instance < 500; instance++) {
            AssignmentProblem problem = randomProblem(random);
            AssignmentProblem fewer = someArcs(problem, random);
            ShortestAugmentingPath solver = new ShortestAugmentingPath();

            ExactAssignment.Solution solution = solver.reoptimise(problem, solver.solve(fewer));

            assertThat(solution.cost()).as("instance %d", instance).isEqualTo(bruteForce(problem));
            assertThat(cost(problem, solution.columnOf())).isEqualTo(solution.cost());
            assertThat(isFeasible(problem, solution.columnOf())).isTrue();
            assertThat(pricesEveryArcOut(problem, solution)).as("instance %d", instance).isTrue();
        }
    }

    @Test
    void shouldReachTheOrLibraryOptimumOfAssign100() throws IOException {
        Path file = DATA.resolve("orlib-assign/assign100.txt");
        assumeTrue(Files.exists(file), "OR-Library data not present at " + file);

        ExactAssignment.Solution solution = new ShortestAugmentingPath().solve(OrLibraryInstance.read(file).problem());

        assertThat(solution.unassigned()).isZero();
        assertThat(solution.cost()).isEqualTo(305);
    }

    @Test
    void shouldReachTheProvenOptimumOfTheSyntheticCohort200x80() throws IOException {
        Path directory = DATA.resolve("mentoring-synthetic");
        assumeTrue(Files.exists(directory.resolve("cohort-200x80-pairs.csv")), "Synthetic cohorts not present");
        SyntheticCohort cohort = SyntheticCohort.read(directory, "cohort-200x80");

        ExactAssignment.Solution solution = new ShortestAugmentingPath().solve(cohort.problem());

        assertThat(solution.unassigned()).isEqualTo(2);
        long score = -(solution.cost() - 2 * cohort.problem().unassignedCost());
        assertThat(score).isEqualTo(16_757);
    }

    /** Up to 6 rows × 4 columns, capacities 0-3, a convex load cost, some forbidden pairs, negative costs. */
    private static AssignmentProblem randomProblem(Random random) {
        int rows = 1 + random.nextInt(6);
        int columns = 1 + random.nextInt(4);
        int[] rowStart = new int[rows + 1];
        int[] arcColumn = new int[rows * columns];
        long[] arcCost = new long[rows * columns];
        for (int row = 0; row < rows; row++) {
            rowStart[row + 1] = rowStart[row];
            for (int column = 0; column < columns; column++) {
                if (random.nextInt(4) > 0) {
                    arcColumn[rowStart[row + 1]] = column;
                    arcCost[rowStart[row + 1]++] = random.nextInt(41) - 20;
                }
            }
        }
        int[] slotStart = new int[columns + 1];
        for (int column = 0; column < columns; column++) {
            slotStart[column + 1] = slotStart[column] + random.nextInt(4);
        }
        long[] slotCost = new long[slotStart[columns]];
        for (int column = 0; column < columns; column++) {
            long step = 0;
            for (int slot = slotStart[column]; slot < slotStart[column + 1]; slot++) {
                step += random.nextInt(6);
                slotCost[slot] = step;
            }
        }
        return new AssignmentProblem(rows, columns, rowStart, arcColumn, arcCost, random.nextInt(30), slotStart,
                slotCost);
    }

    /** The same problem with each arc kept at random: the same rows, columns and slots. */
    private static AssignmentProblem someArcs(AssignmentProblem problem, Random random) {
        int[] rowStart = new int[problem.rows() + 1];
        int[] arcColumn = new int[problem.rowStart()[problem.rows()]];
        long[] arcCost = new long[arcColumn.length];
        for (int row = 0; row < problem.rows(); row++) {
            rowStart[row + 1] = rowStart[row];
            for (int arc = problem.rowStart()[row]; arc < problem.rowStart()[row + 1]; arc++) {
                if (random.nextBoolean()) {
                    arcColumn[rowStart[row + 1]] = problem.arcColumn()[arc];
                    arcCost[rowStart[row + 1]++] = problem.arcCost()[arc];
                }
            }
        }
        return new AssignmentProblem(problem.rows(), problem.columns(), rowStart, arcColumn, arcCost,
                problem.unassignedCost(), problem.slotStart(), problem.slotCost());
    }

    /** The dual certificate: no arc outside the solution has a negative reduced cost. */
    private static boolean pricesEveryArcOut(AssignmentProblem problem, ExactAssignment.Solution solution) {
        for (int row = 0; row < problem.rows(); row++) {
            for (int arc = problem.rowStart()[row]; arc < problem.rowStart()[row + 1]; arc++) {
                int column = problem.arcColumn()[arc];
                if (solution.columnOf()[row] != column && !solution.prices(row, column, problem.arcCost()[arc])) {
                    return false;
                }
            }
        }
        return true;
    }

    private static long bruteForce(AssignmentProblem problem) {
        int[] columnOf = new int[problem.rows()];
        return enumerate(problem, columnOf, 0);
    }

    private static long enumerate(AssignmentProblem problem, int[] columnOf, int row) {
        if (row == problem.rows()) {
            return isFeasible(problem, columnOf) ? cost(problem, columnOf) : Long.MAX_VALUE;
        }
        long best = Long.MAX_VALUE;
        for (int column = -1; column < problem.columns(); column++) {
            columnOf[row] = column;
            best = Math.min(best, enumerate(problem, columnOf, row + 1));
        }
        return best;
    }

    private static boolean isFeasible(AssignmentProblem problem, int[] columnOf) {
        int[] load = new int[problem.columns()];
        for (int row = 0; row < columnOf.length; row++) {
            if (columnOf[row] >= 0 && (arc(problem, row, columnOf[row]) < 0
                    || ++load[columnOf[row]] > problem.capacity(columnOf[row]))) {
                return false;
            }
        }
        return true;
    }

    private static long cost(AssignmentProblem problem, int[] columnOf) {
        long cost = 0;
        int[] load = new int[problem.columns()];
        for (int row = 0; row < columnOf.length; row++) {
            int column = columnOf[row];
            cost += column < 0 ? problem.unassignedCost() : problem.arcCost()[arc(problem, row, column)]
                    + problem.slotCost()[problem.slotStart()[column] + load[column]++];
        }
        return cost;
    }

    private static int arc(AssignmentProblem problem, int row, int column) {
        for (int arc = problem.rowStart()[row]; arc < problem.rowStart()[row + 1]; arc++) {
            if (problem.arcColumn()[arc] == column) {
                return arc;
            }
        }
        return -1;
    }
}
