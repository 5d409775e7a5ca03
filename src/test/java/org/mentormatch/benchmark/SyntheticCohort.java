package org.mentormatch.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.mentormatch.matching.solver.AssignmentProblem;

/**
 * A synthetic cohort of {@code /work/shared/data/mentoring-synthetic}: {@code mentor,capacity} and
 * {@code mentee,mentor,score} for compatible pairs only. Objective: fewest unmatched, then the largest total score;
 * as an assignment problem the pair cost is minus the score.
 */
public record SyntheticCohort(String name, int mentees, int mentors, int[] capacity, int[][] pairs,
        AssignmentProblem problem) {

    /** Reads {@code <prefix>-mentors.csv} and {@code <prefix>-pairs.csv}. */
    public static SyntheticCohort read(Path directory, String prefix) throws IOException {
        int[][] mentorRows = csv(directory.resolve(prefix + "-mentors.csv"));
        int[][] pairs = csv(directory.resolve(prefix + "-pairs.csv"));
        int mentors = mentorRows.length;
        int[] capacity = new int[mentors];
        for (int[] row : mentorRows) {
            capacity[row[0]] = row[1];
        }
        // Mentees without a compatible pair appear in no file: the count comes from the name, cohort-<n>x<m>.
        java.util.regex.Matcher size = java.util.regex.Pattern.compile("(\\d+)x(\\d+)").matcher(prefix);
        int mentees = size.find() ? Integer.parseInt(size.group(1)) : 0;
        for (int[] pair : pairs) {
            mentees = Math.max(mentees, pair[0] + 1);
        }
        int[] rowStart = new int[mentees + 1];
        for (int[] pair : pairs) {
            rowStart[pair[0] + 1]++;
        }
        for (int row = 0; row < mentees; row++) {
            rowStart[row + 1] += rowStart[row];
        }
        int[] fill = java.util.Arrays.copyOf(rowStart, mentees);
        int[] arcColumn = new int[pairs.length];
        long[] arcCost = new long[pairs.length];
        for (int[] pair : pairs) {
            int arc = fill[pair[0]]++;
            arcColumn[arc] = pair[1];
            arcCost[arc] = -pair[2];
        }
        int[] slotStart = new int[mentors + 1];
        for (int mentor = 0; mentor < mentors; mentor++) {
            slotStart[mentor + 1] = slotStart[mentor] + capacity[mentor];
        }
        AssignmentProblem problem = new AssignmentProblem(mentees, mentors, rowStart, arcColumn, arcCost,
                AssignmentProblem.mustAssign(mentees, 100), slotStart, new long[slotStart[mentors]]);
        return new SyntheticCohort(prefix, mentees, mentors, capacity, pairs, problem);
    }

    private static int[][] csv(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file);
        int skip = lines.isEmpty() || Character.isDigit(lines.get(0).charAt(0)) ? 0 : 1;
        return lines.stream().skip(skip).filter(line -> !line.isBlank())
                .map(line -> java.util.Arrays.stream(line.split(",")).map(String::trim).mapToInt(Integer::parseInt)
                        .toArray())
                .toArray(int[][]::new);
    }
}
