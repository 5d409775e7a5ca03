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
    MIX_QUOTA("Mix quota", "hard",
            "No mentor with 3 or more places holds more mentees of one value than a MUST quota of the policy's `mix` "
                    + "allows: max(1, floor(maxShare × capacity)) (1 per mentee over it)."),
    PROGRAMME_ATTRIBUTE("Programme attribute", "soft",
            "Each of the policy's `attributeCriteria` grades the pair on a programme attribute (SAME, DIFFERENT, "
                    + "OVERLAP, MENTOR_AT_LEAST) and is weighted by its level like a criterion; a MUST one that "
                    + "fails is \"Required criterion not met\"."),
    PREFERRED_MIX("Preferred mix", "soft",
            "Each mentee over a HIGH, MEDIUM or LOW mix quota costs the level's weight × 25 quality points."),
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
