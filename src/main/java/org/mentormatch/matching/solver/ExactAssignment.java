package org.mentormatch.matching.solver;

/**
 * Solves an {@link AssignmentProblem} to optimality. The engine's exact construction phase uses it for the linear
 * part of the score, and the benchmark calls it directly on OR-Library instances.
 */
public interface ExactAssignment {

    Solution solve(AssignmentProblem problem);

    /**
     * Solves a problem from the optimum of the same problem with fewer arcs (same rows, columns, slots and
     * unassigned cost; its arcs a subset of these): what pricing rounds need, and much cheaper than a new solve when
     * only a few arcs were added.
     */
    Solution reoptimise(AssignmentProblem problem, Solution optimalOnFewerArcs);

    /**
     * An optimal assignment and a dual certificate for it.
     *
     * @param columnOf        each row's column, or -1 if unassigned
     * @param cost            total cost: pair costs + slot costs + unassigned costs
     * @param rowPotential    dual values: for every pair (r, c) not in the solution, {@code cost(r, c) +
     *                        rowPotential[r] - columnPotential[c] >= 0} proves that adding it cannot help
     * @param columnPotential see rowPotential
     */
    record Solution(int[] columnOf, long cost, long[] rowPotential, long[] columnPotential) {

        public int unassigned() {
            int count = 0;
            for (int column : columnOf) {
                count += column < 0 ? 1 : 0;
            }
            return count;
        }

        /** True if the pair, absent from the problem that produced this solution, could not improve it. */
        public boolean prices(int row, int column, long pairCost) {
            return pairCost + rowPotential[row] - columnPotential[column] >= 0;
        }
    }
}
