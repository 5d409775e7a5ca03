package org.mentormatch.matching.solver;

import java.util.List;
import org.jboss.logging.Logger;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;

/**
 * The construction phase: the optimal assignment of the score's linear part (see {@link LinearMatchModel}, which
 * today is the whole score), computed exactly, so local search starts from the optimum and only has to confirm
 * it, or to improve on it for terms that are not linear. Pinned assignments are kept and use up their mentor's
 * capacity. Every other assignment is overwritten, so a run always starts from the same optimum. Mix quotas are not
 * linear: where the optimum breaks a MUST quota, {@link MixRepair} makes it feasible and the result is no longer
 * claimed optimal.
 */
public class ExactAssignmentPhase implements CustomPhaseCommand<MatchPlan> {

    /** Up to this many mentee × mentor pairs, every allowed pair is an arc; above it, only the cheapest. */
    static final long ALL_PAIRS_LIMIT = 4_000_000;
    /**
     * Arcs per mentee, and per mentor, above {@link #ALL_PAIRS_LIMIT}. Measured on 2 cores (MatchBenchmark): on the
     * 10,000 × 7,000 demo cohort (fewer places than mentees) 64 left 14,500 pairs for pricing to add, which asked
     * for a second solve from scratch (2 × 3 s); 96 leaves 1,300, taken into the first solve's result (7.9 s in all
     * where 64 took 8.5-8.9 s; 40 left 3.9 million). On the generated cohort of that size 96 costs 0.1 s more than
     * 64 (2.5 s) and needs no second round. Either way pricing proves the result optimal for all 70 M pairs.
     */
    static final int ARCS_PER_MENTEE = 96;
    static final int MAX_PRICING_ROUNDS = 5;
    private static final Logger LOG = Logger.getLogger(ExactAssignmentPhase.class);

    private final int arcsPerMentee;
    private final Runnable whenProvenOptimal;

    public ExactAssignmentPhase() {
        this(() -> { });
    }

    /**
     * @param whenProvenOptimal called once the result is proven optimal: a run that only wants the optimum stops
     *                          the solver there, whether or not the result improved on the start
     */
    public ExactAssignmentPhase(Runnable whenProvenOptimal) {
        this(ARCS_PER_MENTEE, whenProvenOptimal);
    }

    /** With {@code arcsPerMentee <= 0}, every allowed pair is an arc, whatever the size. */
    public ExactAssignmentPhase(int arcsPerMentee, Runnable whenProvenOptimal) {
        this.arcsPerMentee = arcsPerMentee;
        this.whenProvenOptimal = whenProvenOptimal;
    }

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchPlan> director) {
        MatchPlan plan = director.getWorkingSolution();
        long start = System.nanoTime();
        long pairs = (long) plan.getAssignments().size() * plan.getMentors().size();
        int arcs = arcsPerMentee > 0 && pairs > ALL_PAIRS_LIMIT ? arcsPerMentee : 0;
        LinearMatchModel model = new LinearMatchModel(plan);
        LinearMatchModel.Result result = model.solve(new ShortestAugmentingPath(), arcs, MAX_PRICING_ROUNDS, plan);
        int[] mentorOf = result.mentorOf();
        MixRepair.Outcome mix = MixRepair.repair(plan, model, mentorOf);
        List<MenteeAssignment> assignments = plan.getAssignments();
        List<MentorFact> mentors = plan.getMentors();
        for (int i = 0; i < assignments.size(); i++) {
            MenteeAssignment assignment = assignments.get(i);
            MentorFact mentor = mentorOf[i] < 0 ? null : mentors.get(mentorOf[i]);
            if (!assignment.isPinned() && assignment.getMentor() != mentor) {
                director.beforeVariableChanged(assignment, "mentor");
                assignment.setMentor(mentor);
                director.afterVariableChanged(assignment, "mentor");
            }
        }
        director.triggerVariableListeners();
        // Without mix quotas the linear model is the whole score (see LinearMatchModel), so optimal for all pairs is
        // optimal, full stop. Quotas only subtract from the score, so an optimum that already keeps them all is
        // still optimal; one the repair had to change proves nothing, and local search takes it from there.
        plan.setProvenOptimal(result.provenOptimal() && mix.quotasKept());
        LOG.debugf("Exact assignment: %d mentees, %d arcs, %d pricing round(s), %s, %d unmatched, %d ms; "
                + "mix quotas %s (%d taken off a group, %d placed again)",
                assignments.size(), result.arcs(), result.pricingRounds(),
                result.provenOptimal() ? "optimal for all pairs" : "optimal for the arcs kept",
                result.solution().unassigned(), (System.nanoTime() - start) / 1_000_000,
                mix.quotasKept() ? "kept" : "repaired", mix.removed(), mix.placed());
        if (plan.isProvenOptimal()) {
            whenProvenOptimal.run();
        }
    }
}
