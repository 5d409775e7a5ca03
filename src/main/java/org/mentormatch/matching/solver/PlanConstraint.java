package org.mentormatch.matching.solver;

/**
 * The constraints that are neither a pair rule ({@link org.mentormatch.matching.model.HardRule}) nor a policy
 * criterion ({@link org.mentormatch.matching.policy.Criterion}), each defined once: the name of its constraint (API:
 * shown in explanations), its score level and what it means.
 */
public enum PlanConstraint {
    MENTOR_CAPACITY("Mentor capacity", "hard",
            "A mentor gets no more mentees than their capacity (1 per mentee over it)."),
    MENTEE_LEFT_UNMATCHED("Mentee left unmatched", "medium",
            "Each mentee without a mentor costs 1, so matching one more mentee always beats any gain in quality."),
    COORDINATOR_AFFINITY("Coordinator affinity", "soft",
            "A pair a coordinator rated (−100..100, `PUT …/affinities`) gains or loses its score × the sum of the "
                    + "pair criterion weights, so one affinity point is worth one quality point.");

    private final String constraintName;
    private final String level;
    private final String meaning;

    PlanConstraint(String constraintName, String level, String meaning) {
        this.constraintName = constraintName;
        this.level = level;
        this.meaning = meaning;
    }

    /** The name of its constraint, sentence case and stable. */
    public String constraintName() {
        return constraintName;
    }

    /** hard, medium or soft: which part of the score it counts in. */
    public String level() {
        return level;
    }

    public String meaning() {
        return meaning;
    }
}
