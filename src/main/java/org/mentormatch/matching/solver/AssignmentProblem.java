package org.mentormatch.matching.solver;

import java.util.Arrays;

/**
 * A min-cost assignment of rows (mentees, jobs) to columns (mentors, agents): every row goes to one allowed
 * column or stays unassigned at {@code unassignedCost}; column {@code c} takes at most {@code capacity(c)} rows and
 * its {@code k}-th row costs {@code slotCost(c, k)} on top of the pair cost. Slot costs must not decrease with
 * {@code k} (a convex load cost), which is what makes one unit arc per slot exact.
 * <p>
 * Allowed pairs are a sparse list per row (compressed rows): an absent pair is forbidden.
 *
 * @param rowStart   arcs of row {@code r} are {@code rowStart[r] .. rowStart[r + 1] - 1}; length rows + 1
 * @param arcColumn  the column of each arc
 * @param arcCost    the cost of each arc
 * @param slotStart  slots of column {@code c} are {@code slotStart[c] .. slotStart[c + 1] - 1}; length columns + 1
 * @param slotCost   the marginal cost of each slot, non-decreasing within a column
 */
public record AssignmentProblem(int rows, int columns, int[] rowStart, int[] arcColumn, long[] arcCost,
        long unassignedCost, int[] slotStart, long[] slotCost) {

    public AssignmentProblem {
        if (rowStart.length != rows + 1 || slotStart.length != columns + 1) {
            throw new IllegalArgumentException("rowStart needs rows + 1 entries and slotStart columns + 1");
        }
        if (arcColumn.length < rowStart[rows] || arcCost.length < rowStart[rows]
                || slotCost.length < slotStart[columns]) {
            throw new IllegalArgumentException("Arc or slot arrays shorter than their offsets say");
        }
        for (int column = 0; column < columns; column++) {
            for (int slot = slotStart[column] + 1; slot < slotStart[column + 1]; slot++) {
                if (slotCost[slot] < slotCost[slot - 1]) {
                    throw new IllegalArgumentException("Slot costs of column %d decrease: the load cost is not convex"
                            .formatted(column));
                }
            }
        }
    }

    public int capacity(int column) {
        return slotStart[column + 1] - slotStart[column];
    }

    /** A dense square problem (OR-Library {@code assignN}): every pair allowed, capacity 1, no load cost. */
    public static AssignmentProblem dense(long[][] costs) {
        int n = costs.length;
        int m = n == 0 ? 0 : costs[0].length;
        int[] rowStart = new int[n + 1];
        int[] arcColumn = new int[n * m];
        long[] arcCost = new long[n * m];
        long max = 0;
        for (int row = 0; row < n; row++) {
            rowStart[row + 1] = (row + 1) * m;
            for (int column = 0; column < m; column++) {
                arcColumn[row * m + column] = column;
                arcCost[row * m + column] = costs[row][column];
                max = Math.max(max, Math.abs(costs[row][column]));
            }
        }
        return new AssignmentProblem(n, m, rowStart, arcColumn, arcCost, mustAssign(n, max),
                unitSlots(m), new long[m]);
    }

    /** A cost for leaving a row unassigned that no rearrangement of the other rows can make up for. */
    public static long mustAssign(int rows, long maxAbsoluteCost) {
        return Math.addExact(1, Math.multiplyExact(2L * Math.max(1, rows), Math.max(1, maxAbsoluteCost)));
    }

    /** Slot offsets for capacity 1 everywhere. */
    public static int[] unitSlots(int columns) {
        int[] slotStart = new int[columns + 1];
        Arrays.setAll(slotStart, c -> c);
        return slotStart;
    }
}
