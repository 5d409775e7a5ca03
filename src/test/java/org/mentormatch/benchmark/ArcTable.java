package org.mentormatch.benchmark;

import java.util.Arrays;
import org.mentormatch.matching.solver.AssignmentProblem;

/** Pair costs of a generic {@link AssignmentProblem} for the constraint streams: row-sorted, binary searched. */
public final class ArcTable {

    private final AssignmentProblem problem;
    private final int[] columns;
    private final long[] costs;

    ArcTable(AssignmentProblem problem) {
        this.problem = problem;
        this.columns = problem.arcColumn().clone();
        this.costs = problem.arcCost().clone();
        for (int row = 0; row < problem.rows(); row++) {
            int from = problem.rowStart()[row];
            int to = problem.rowStart()[row + 1];
            long[] keyed = new long[to - from];
            for (int arc = from; arc < to; arc++) {
                keyed[arc - from] = ((long) columns[arc] << 32) | (arc - from);
            }
            Arrays.sort(keyed);
            long[] sortedCosts = new long[keyed.length];
            for (int k = 0; k < keyed.length; k++) {
                sortedCosts[k] = costs[from + (int) keyed[k]];
            }
            for (int k = 0; k < keyed.length; k++) {
                columns[from + k] = (int) (keyed[k] >>> 32);
                costs[from + k] = sortedCosts[k];
            }
        }
    }

    AssignmentProblem problem() {
        return problem;
    }

    /** The pair's arc, or -1 if the pair is forbidden. */
    int arc(int row, int column) {
        int found = Arrays.binarySearch(columns, problem.rowStart()[row], problem.rowStart()[row + 1], column);
        return found < 0 ? -1 : found;
    }

    long cost(int arc) {
        return costs[arc];
    }
}
