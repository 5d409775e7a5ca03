package org.mentormatch.matching.model;

import java.util.List;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.optaplanner.core.api.domain.solution.PlanningEntityCollectionProperty;
import org.optaplanner.core.api.domain.solution.PlanningScore;
import org.optaplanner.core.api.domain.solution.PlanningSolution;
import org.optaplanner.core.api.domain.solution.ProblemFactCollectionProperty;
import org.optaplanner.core.api.domain.solution.ProblemFactProperty;
import org.optaplanner.core.api.domain.valuerange.ValueRangeProvider;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;

/**
 * One matching run: the mentors, one assignment per mentee, and the pair table built for them.
 * Score levels: hard = rules broken, medium = mentees left unmatched, soft = match quality points.
 */
@PlanningSolution
public class MatchPlan {

    @ProblemFactProperty
    private MatchingPolicy policy;
    @ProblemFactProperty
    private PairTable pairTable;
    @ProblemFactCollectionProperty
    @ValueRangeProvider
    private List<MentorFact> mentors;
    /** Empty unless the policy sets mix quotas, so that their constraints then never match. */
    @ProblemFactCollectionProperty
    private List<MixQuotaFact> mixQuotas;
    @PlanningEntityCollectionProperty
    private List<MenteeAssignment> assignments;
    @PlanningScore
    private HardMediumSoftLongScore score;
    /** Set by the exact phase when it has proved this assignment optimal for the whole score. */
    private boolean provenOptimal;

    public MatchPlan() {
        // For OptaPlanner's planning clone.
    }

    public MatchPlan(PairTable pairTable, List<MentorFact> mentors, List<MenteeAssignment> assignments) {
        this.policy = pairTable.policy();
        this.pairTable = pairTable;
        this.mentors = mentors;
        this.assignments = assignments;
        assignments.forEach(assignment -> assignment.setPairTable(pairTable));
        this.mixQuotas = MixQuotaFact.of(policy, assignments.stream().map(MenteeAssignment::getMentee).toList(),
                pairTable.totalPairWeight());
    }

    public MatchingPolicy getPolicy() {
        return policy;
    }

    public PairTable getPairTable() {
        return pairTable;
    }

    public List<MentorFact> getMentors() {
        return mentors;
    }

    public List<MenteeAssignment> getAssignments() {
        return assignments;
    }

    public List<MixQuotaFact> getMixQuotas() {
        return mixQuotas;
    }

    public HardMediumSoftLongScore getScore() {
        return score;
    }

    public void setScore(HardMediumSoftLongScore score) {
        this.score = score;
    }

    public boolean isProvenOptimal() {
        return provenOptimal;
    }

    public void setProvenOptimal(boolean provenOptimal) {
        this.provenOptimal = provenOptimal;
    }
}
