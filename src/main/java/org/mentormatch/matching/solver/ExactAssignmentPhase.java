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
     * Arcs per mentee, and per mentor, above {@link #ALL_PAIRS_LIMIT}. Measured on the generated 10,000 × 7,000
     * cohort (2 cores): 64 keeps the arc list under 10 MB where all ~40 M allowed pairs would take ~500 MB, and
     * pricing proves the result optimal for all 70 M pairs after three rounds (640 k arcs, 5 s including the three
     * pricing scans); on the demo cohort of that size, with fewer places than mentees, 870 k arcs in four or five.
     */
    static final int ARCS_PER_MENTEE = 64;
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
