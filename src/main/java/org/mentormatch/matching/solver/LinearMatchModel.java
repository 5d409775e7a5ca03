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
     * Solves with each mentee's {@code arcsPerMentee} cheapest allowed pairs (all of them if {@code <= 0}), then
     * prices the rest and repeats with any that could improve the result, at most {@code maxRounds} times.
     */
    public Result solve(ExactAssignment solver, int arcsPerMentee, int maxRounds, MatchPlan plan) {
        int[][] rowArcs = IntStream.range(0, rowAssignment.length).parallel()
                .mapToObj(row -> cheapest(menteeIndex(plan, row), arcsPerMentee))
                .toArray(int[][]::new);
        int round = 0;
        while (true) {
            round++;
            AssignmentProblem problem = problem(plan, rowArcs);
            ExactAssignment.Solution solution = solver.solve(problem);
            if (arcsPerMentee <= 0) {
                return result(plan, solution, problem, round, true);
            }
            int[][] missing = IntStream.range(0, rowAssignment.length).parallel()
                    .mapToObj(row -> improvingPairs(plan, solution, row)).toArray(int[][]::new);
            boolean optimal = Arrays.stream(missing).allMatch(extra -> extra.length == 0);
            if (optimal || round >= maxRounds) {
                return result(plan, solution, problem, round, optimal);
            }
            for (int row = 0; row < rowArcs.length; row++) {
                if (missing[row].length > 0) {
                    int[] merged = Arrays.copyOf(rowArcs[row], rowArcs[row].length + missing[row].length);
                    System.arraycopy(missing[row], 0, merged, rowArcs[row].length, missing[row].length);
                    rowArcs[row] = merged;
                }
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

    private int menteeIndex(MatchPlan plan, int row) {
        return plan.getAssignments().get(rowAssignment[row]).getMenteeIndex();
    }

    /** The mentor indexes of the mentee's cheapest allowed pairs, all of them if {@code limit <= 0}. */
    private int[] cheapest(int mentee, int limit) {
        int[] allowed = IntStream.range(0, mentors.size()).filter(mentor -> table.isAllowed(mentee, mentor)).toArray();
        if (limit <= 0 || allowed.length <= limit) {
            return allowed;
        }
        // Sort (cost, mentor) packed in a long: costs are small, so 32 bits each is plenty.
        long[] keyed = new long[allowed.length];
        for (int i = 0; i < allowed.length; i++) {
            keyed[i] = (pairCost(mentee, allowed[i]) << 32) | allowed[i];
        }
        Arrays.sort(keyed);
        return Arrays.stream(keyed, 0, limit).mapToInt(key -> (int) key).toArray();
    }

    /** Allowed pairs of the row whose reduced cost is negative: each could lower the cost if added. */
    private int[] improvingPairs(MatchPlan plan, ExactAssignment.Solution solution, int row) {
        int mentee = menteeIndex(plan, row);
        return IntStream.range(0, mentors.size())
                .filter(mentor -> table.isAllowed(mentee, mentor)
                        && !solution.prices(row, mentor, pairCost(mentee, mentor)))
                .toArray();
    }

    private AssignmentProblem problem(MatchPlan plan, int[][] rowArcs) {
        int[] rowStart = new int[rowArcs.length + 1];
        for (int row = 0; row < rowArcs.length; row++) {
            rowStart[row + 1] = rowStart[row] + rowArcs[row].length;
        }
        int[] arcColumn = new int[rowStart[rowArcs.length]];
        long[] arcCost = new long[arcColumn.length];
        for (int row = 0; row < rowArcs.length; row++) {
            int mentee = menteeIndex(plan, row);
            for (int k = 0; k < rowArcs[row].length; k++) {
                arcColumn[rowStart[row] + k] = rowArcs[row][k];
                arcCost[rowStart[row] + k] = pairCost(mentee, rowArcs[row][k]);
            }
        }
        return new AssignmentProblem(rowArcs.length, mentors.size(), rowStart, arcColumn, arcCost, unassignedCost,
                slotStart, slotCost);
    }
}
