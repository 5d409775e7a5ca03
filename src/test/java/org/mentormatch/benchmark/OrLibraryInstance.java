package org.mentormatch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.regex.Pattern;
import org.mentormatch.matching.solver.AssignmentProblem;

/**
 * An OR-Library linear assignment file: dense {@code assignN} (n, then the n × n costs) or sparse {@code assignpN}
 * (n, then triples {@code i j cost}, 1-based; absent pairs are forbidden). Line breaks do not matter.
 */
public record OrLibraryInstance(String name, int n, boolean sparse, AssignmentProblem problem) {

    private static final Pattern BLANKS = Pattern.compile("\\s+");

    public static OrLibraryInstance read(Path file) throws IOException {
        long[] numbers = BLANKS.splitAsStream(Files.readString(file).strip()).mapToLong(Long::parseLong).toArray();
        int n = (int) numbers[0];
        String name = file.getFileName().toString().replaceFirst("\\.txt$", "");
        long count = numbers.length - 1;
        if (count == (long) n * n) {
            long[][] costs = new long[n][];
            for (int row = 0; row < n; row++) {
                costs[row] = Arrays.copyOfRange(numbers, 1 + row * n, 1 + (row + 1) * n);
            }
            return new OrLibraryInstance(name, n, false, AssignmentProblem.dense(costs));
        }
        if (count % 3 != 0) {
            throw new IOException(file + " is neither n + n² costs nor n + triples");
        }
        return new OrLibraryInstance(name, n, true, sparse(n, numbers));
    }

    private static AssignmentProblem sparse(int n, long[] numbers) {
        int arcs = (numbers.length - 1) / 3;
        int[] rowStart = new int[n + 1];
        for (int t = 0; t < arcs; t++) {
            rowStart[(int) numbers[1 + 3 * t]]++;
        }
        for (int row = 0; row < n; row++) {
            rowStart[row + 1] += rowStart[row];
        }
        int[] fill = Arrays.copyOf(rowStart, n);
        int[] arcColumn = new int[arcs];
        long[] arcCost = new long[arcs];
        long max = 0;
        for (int t = 0; t < arcs; t++) {
            int row = (int) numbers[1 + 3 * t] - 1;
            int arc = fill[row]++;
            arcColumn[arc] = (int) numbers[2 + 3 * t] - 1;
            arcCost[arc] = numbers[3 + 3 * t];
            max = Math.max(max, Math.abs(arcCost[arc]));
        }
        return new AssignmentProblem(n, n, rowStart, arcColumn, arcCost, AssignmentProblem.mustAssign(n, max),
                AssignmentProblem.unitSlots(n), new long[n]);
    }
}
