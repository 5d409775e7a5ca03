package org.mentormatch.matching.solver;

import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.Criterion;

/**
 * The match score as an assignment problem. Every soft term but the load penalty depends on one pair only, and the
 * load penalty weight × load² (from two mentees up) is convex in the load, so a min-cost assignment with one unit
 * slot per free place of each mentor, priced at the penalty's increment, has exactly the score's optimum:
 * <ul>
 * <li>pair cost = −(Σ criterion rewards + affinity reward − fairness penalty), the fairness penalty judged on the
 * quality with the affinity added, allowed only if the pair breaks no pair rule
 * (exclusions, employer, language, field distance, MUST criteria and the QUALITY minimum are flags in the table);</li>
 * <li>slot k of a mentor = f(pinned + k) − f(pinned + k − 1), after the capacity the pinned pairs already use;</li>
 * <li>unmatched = a cost above any soft difference, which makes the medium level win lexicographically.</li>
 * </ul>
 * Large runs keep only each mentee's {@code arcsPerMentee} cheapest pairs; the solution's dual values then price
 * every pair left out, and any that could improve it are added and the problem solved again. So the result is
 * proved optimal for all pairs, whatever the cut.
 */
public final class LinearMatchModel {

    private final PairTable table;
    private final List<MentorFact> mentors;
    private final int fairnessWeight;
    private final int[] rowAssignment;
    private final int[] slotStart;
    private final long[] slotCost;
    private final long unassignedCost;

    /** What the exact phase found: each assignment's mentor index (-1 none, pinned ones as they are). */
    public record Result(int[] mentorOf, ExactAssignment.Solution solution, int arcs, int pricingRounds,
            boolean provenOptimal) {
    }

    public LinearMatchModel(MatchPlan plan) {
        this.table = plan.getPairTable();
        this.mentors = plan.getMentors();
        this.fairnessWeight = table.weight(Criterion.FAIRNESS);
        List<MenteeAssignment> assignments = plan.getAssignments();
        this.rowAssignment = IntStream.range(0, assignments.size())
                .filter(i -> !assignments.get(i).isPinned()).toArray();
        int[] pinnedLoad = new int[mentors.size()];
        assignments.stream().filter(a -> a.isPinned() && a.getMentor() != null)
                .forEach(a -> pinnedLoad[a.getMentor().index()]++);
        int loadWeight = table.weight(Criterion.BALANCED_LOAD);
        this.slotStart = new int[mentors.size() + 1];
        for (MentorFact mentor : mentors) {
            int free = Math.max(0, mentor.capacity() - pinnedLoad[mentor.index()]);
            slotStart[mentor.index() + 1] = slotStart[mentor.index()] + free;
        }
        this.slotCost = new long[slotStart[mentors.size()]];
        long slotTotal = 0;
        for (MentorFact mentor : mentors) {
            for (int slot = slotStart[mentor.index()]; slot < slotStart[mentor.index() + 1]; slot++) {
                int load = pinnedLoad[mentor.index()] + slot - slotStart[mentor.index()] + 1;
                slotCost[slot] = loadPenalty(loadWeight, load) - loadPenalty(loadWeight, load - 1);
                slotTotal += slotCost[slot];
            }
        }
        // Bounds |pair cost|: rewards with a +100 affinity one way, a −100 affinity and the worst shortfall the other.
        long maxPairCost = 100L * Criterion.MAX_GRADE * 25 + 100L * table.totalPairWeight() + (long) fairnessWeight
                * MatchConstraintProvider.GOOD_MATCH_QUALITY * MatchConstraintProvider.GOOD_MATCH_QUALITY;
        this.unassignedCost = AssignmentProblem.mustAssign(rowAssignment.length, maxPairCost) + slotTotal;
    }

    /** The balanced-load penalty of one mentor with this many mentees, as the constraint computes it. */
    static long loadPenalty(int weight, int load) {
        return load >= 2 ? (long) weight * load * load : 0;
    }

    /** The pair's linear cost: minus the soft score the pair alone earns. */
    public long pairCost(int menteeIndex, int mentorIndex) {
        long score = table.reward(menteeIndex, mentorIndex)
                + (long) table.totalPairWeight() * table.affinity(menteeIndex, mentorIndex);
        int quality = table.quality(menteeIndex, mentorIndex);
        if (fairnessWeight > 0 && quality < MatchConstraintProvider.GOOD_MATCH_QUALITY) {
            int shortfall = MatchConstraintProvider.GOOD_MATCH_QUALITY - quality;
            score -= (long) fairnessWeight * shortfall * shortfall;
        }
        return -score;
    }

    /**
     * Solves with each mentee's {@code arcsPerMentee} cheapest allowed pairs and each mentor's as many cheapest
     * (all pairs if {@code <= 0}), then prices the rest and repeats with any that could improve the result, at most
     * {@code maxRounds} times. Later rounds start from the round before when they add few pairs.
     */
    public Result solve(ExactAssignment solver, int arcsPerMentee, int maxRounds, MatchPlan plan) {
        int[] menteeOfRow = Arrays.stream(rowAssignment).map(i -> plan.getAssignments().get(i).getMenteeIndex())
                .toArray();
        int[][] rowArcs = arcsPerMentee <= 0 ? allAllowed(menteeOfRow) : cheapestOfBothSides(menteeOfRow, arcsPerMentee);
        int round = 0;
        ExactAssignment.Solution previous = null;
        long added = 0;
        while (true) {
            round++;
            AssignmentProblem problem = problem(menteeOfRow, rowArcs);
            // Measured on the 10,000 × 7,000 demo cohort: taking in 40 pairs one by one costs 0.2 s, 15,000 as much
            // as a new solve (4 s), 4 million 100 s where a new solve costs 10 s.
            ExactAssignment.Solution solution = previous == null || added > problem.rows() ? solver.solve(problem)
                    : solver.reoptimise(problem, previous);
            if (arcsPerMentee <= 0) {
                return result(plan, solution, problem, round, true);
            }
            int[] rows = rowsToPrice(previous, solution);
            previous = solution;
            int[][] missing = new int[rowAssignment.length][];
            Arrays.fill(missing, new int[0]);
            Arrays.stream(rows).parallel().forEach(row -> missing[row] = improvingPairs(menteeOfRow[row], solution, row));
            added = Arrays.stream(missing).mapToLong(extra -> extra.length).sum();
            if (added == 0 || round >= maxRounds) {
                return result(plan, solution, problem, round, added == 0);
            }
            for (int row = 0; row < rowArcs.length; row++) {
                rowArcs[row] = concat(rowArcs[row], missing[row]);
            }
        }
    }

    private Result result(MatchPlan plan, ExactAssignment.Solution solution, AssignmentProblem problem, int rounds,
            boolean optimal) {
        List<MenteeAssignment> assignments = plan.getAssignments();
        int[] mentorOf = assignments.stream()
                .mapToInt(a -> a.getMentor() == null ? -1 : a.getMentor().index()).toArray();
        for (int row = 0; row < rowAssignment.length; row++) {
            mentorOf[rowAssignment[row]] = solution.columnOf()[row];
        }
        return new Result(mentorOf, solution, problem.rowStart()[problem.rows()], rounds, optimal);
    }

    private int[][] allAllowed(int[] menteeOfRow) {
        return Arrays.stream(menteeOfRow).parallel().mapToObj(mentee -> IntStream.range(0, mentors.size())
                .filter(mentor -> table.isAllowed(mentee, mentor)).toArray()).toArray(int[][]::new);
    }

    /**
     * Each mentee's {@code k} cheapest allowed pairs, and each mentor's {@code k} cheapest. The mentors' side
     * matters when places are short: mentees' cheapest pairs all name the same popular mentors, their dual prices
     * climb, and pricing then adds millions of pairs (the 10,000 × 7,000 demo cohort, 9,100 places: 4.9 million
     * arcs and five rounds with the mentees' side only, 0.9 million and the final unmatched count in round one with
     * both). One pass over the table for both sides: each block of rows keeps its own mentors' cheapest, merged
     * after, so each pair's cost is computed once (two passes took 1.4 s of the demo cohort's 10 s).
     */
    private int[][] cheapestOfBothSides(int[] menteeOfRow, int k) {
        int[][] rowArcs = new int[menteeOfRow.length][];
        int blocks = Math.max(1, Math.min(menteeOfRow.length, 2 * Runtime.getRuntime().availableProcessors()));
        CheapestKeys[][] mentorSides = IntStream.range(0, blocks).parallel().mapToObj(block -> {
            CheapestKeys[] cheapest = new CheapestKeys[mentors.size()];
            Arrays.setAll(cheapest, mentor -> new CheapestKeys(k));
            for (int row = firstRow(block, blocks); row < firstRow(block + 1, blocks); row++) {
                int mentee = menteeOfRow[row];
                CheapestKeys mine = new CheapestKeys(k);
                for (int mentor = 0; mentor < mentors.size(); mentor++) {
                    if (table.isAllowed(mentee, mentor)) {
                        long cost = pairCost(mentee, mentor);
                        mine.offer(CheapestKeys.key(cost, mentor));
                        cheapest[mentor].offer(CheapestKeys.key(cost, row));
                    }
                }
                rowArcs[row] = mine.ids();
            }
            return cheapest;
        }).toArray(CheapestKeys[][]::new);
        int[] extra = new int[menteeOfRow.length];
        int[][] mentorRows = new int[mentors.size()][];
        for (int mentor = 0; mentor < mentorRows.length; mentor++) {
            for (int block = 1; block < blocks; block++) {
                mentorSides[0][mentor].offerAll(mentorSides[block][mentor]);
            }
            mentorRows[mentor] = mentorSides[0][mentor].ids();
            for (int row : mentorRows[mentor]) {
                extra[row]++;
            }
        }
        int[][] byRow = new int[menteeOfRow.length][];
        Arrays.setAll(byRow, row -> new int[extra[row]]);
        Arrays.fill(extra, 0);
        for (int mentor = 0; mentor < mentorRows.length; mentor++) {
            for (int row : mentorRows[mentor]) {
                byRow[row][extra[row]++] = mentor;
            }
        }
        for (int row = 0; row < rowArcs.length; row++) {
            rowArcs[row] = IntStream.concat(Arrays.stream(rowArcs[row]), Arrays.stream(byRow[row])).distinct().toArray();
        }
        return rowArcs;
    }

    private int firstRow(int block, int blocks) {
        return (int) ((long) rowAssignment.length * block / blocks);
    }

    /**
     * The rows whose left-out pairs need pricing again. A pair left out was priced non-negative against the
     * previous solution's potentials (or added); its reduced cost cost + row potential − column potential has
     * fallen only if its row's potential fell by more than its column's did. After a round that took in a few
     * pairs, only the rows its searches reached qualify; pricing every row again took 0.4 s a round on the 10,000
     * × 7,000 demo cohort.
     */
    private static int[] rowsToPrice(ExactAssignment.Solution before, ExactAssignment.Solution after) {
        if (before == null) {
            return IntStream.range(0, after.rowPotential().length).toArray();
        }
        long mostAnyColumnRose = Long.MIN_VALUE;
        for (int column = 0; column < after.columnPotential().length; column++) {
            mostAnyColumnRose = Math.max(mostAnyColumnRose,
                    after.columnPotential()[column] - before.columnPotential()[column]);
        }
        long columnsRose = mostAnyColumnRose;
        return IntStream.range(0, after.rowPotential().length)
                .filter(row -> after.rowPotential()[row] - before.rowPotential()[row] < columnsRose).toArray();
    }

    /**
     * Allowed pairs of the row whose reduced cost is negative: each could lower the cost if added. Not the row's
     * own pair, which is an arc already, and whose reduced cost may well be negative (its reverse is the residual
     * arc): added again, it came back as a duplicate arc that asked for a further round.
     */
    private int[] improvingPairs(int mentee, ExactAssignment.Solution solution, int row) {
        int[] found = new int[0];
        int count = 0;
        int own = solution.columnOf()[row];
        for (int mentor = 0; mentor < mentors.size(); mentor++) {
            if (mentor != own && table.isAllowed(mentee, mentor) && !solution.prices(row, mentor, pairCost(mentee, mentor))) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, Math.max(4, 2 * count));
                }
                found[count++] = mentor;
            }
        }
        return Arrays.copyOf(found, count);
    }

    private static int[] concat(int[] first, int[] second) {
        if (second.length == 0) {
            return first;
        }
        int[] both = Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, both, first.length, second.length);
        return both;
    }

    private AssignmentProblem problem(int[] menteeOfRow, int[][] rowArcs) {
        int[] rowStart = new int[rowArcs.length + 1];
        for (int row = 0; row < rowArcs.length; row++) {
            rowStart[row + 1] = rowStart[row] + rowArcs[row].length;
        }
        int[] arcColumn = new int[rowStart[rowArcs.length]];
        long[] arcCost = new long[arcColumn.length];
        for (int row = 0; row < rowArcs.length; row++) {
            int mentee = menteeOfRow[row];
            for (int k = 0; k < rowArcs[row].length; k++) {
                arcColumn[rowStart[row] + k] = rowArcs[row][k];
                arcCost[rowStart[row] + k] = pairCost(mentee, rowArcs[row][k]);
            }
        }
        return new AssignmentProblem(rowArcs.length, mentors.size(), rowStart, arcColumn, arcCost, unassignedCost,
                slotStart, slotCost);
    }
}
