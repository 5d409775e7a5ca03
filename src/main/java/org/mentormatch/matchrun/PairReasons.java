package org.mentormatch.matchrun;

import java.util.ArrayList;
import java.util.List;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.solver.MatchConstraintProvider;
import org.mentormatch.matching.solver.justification.AffinityJustification;
import org.mentormatch.matching.solver.justification.CriterionJustification;
import org.mentormatch.matching.solver.justification.QualityJustification;

/**
 * The reasons a run's proposal gives for one allowed pair, without a solve: the pair constraints that raise or
 * lower it, with the effects MatchConstraintProvider scores and the justifications and sentences a run's
 * explanation is written from. The mentor-wide constraints (capacity, balanced load) are left out: they depend on
 * a whole plan, and a suggestion is one pair.
 */
final class PairReasons {

    // MatchConstraintProvider's name for the affinity constraint.
    static final String AFFINITY = "Coordinator affinity";
    private static final String SOFT = "SOFT";

    private PairReasons() {
    }

    static List<Reason> of(PairTable table, MenteeFact mentee, MentorFact mentor) {
        MenteeAssignment pair = new MenteeAssignment(mentee, mentor, false);
        List<Reason> reasons = new ArrayList<>();
        for (Criterion criterion : Criterion.values()) {
            if (criterion.isPairCriterion() && table.weightedScore(criterion, mentee, mentor) > 0) {
                reasons.add(new Reason(criterion.label(), SOFT, table.weightedScore(criterion, mentee, mentor),
                        ReasonWriter.describe(CriterionJustification.of(criterion, pair, table), mentee, mentor)));
            }
        }
        int affinity = table.affinity(mentee, mentor);
        if (affinity != 0) {
            reasons.add(new Reason(AFFINITY, SOFT, (long) table.totalPairWeight() * affinity,
                    ReasonWriter.describe(AffinityJustification.of(pair, table), mentee, mentor)));
        }
        int shortfall = MatchConstraintProvider.GOOD_MATCH_QUALITY - table.quality(mentee, mentor);
        if (table.weight(Criterion.FAIRNESS) > 0 && shortfall > 0) {
            reasons.add(new Reason(Criterion.FAIRNESS.label(), SOFT,
                    -(long) table.weight(Criterion.FAIRNESS) * shortfall * shortfall,
                    ReasonWriter.describe(QualityJustification.shortOfGood(pair, table,
                            MatchConstraintProvider.GOOD_MATCH_QUALITY), mentee, mentor)));
        }
        reasons.sort(RunReport.STRONGEST_FIRST);
        return reasons;
    }
}
