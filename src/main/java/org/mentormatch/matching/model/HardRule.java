package org.mentormatch.matching.model;

/**
 * The pair rules a plan must never break, each defined once: the name of its constraint (API: shown in
 * explanations), what breaking it means, and how a mentee's unmatched reason counts the mentors it rules out.
 * Capacity is a rule on mentors, not on pairs, so it is not here.
 */
public enum HardRule {
    EXCLUDED("Excluded pair", "a coordinator ruled it out", "are excluded for them by a coordinator",
            "A pair a coordinator excluded is never proposed."),
    /** Only with the employer rule DIFFERENT (the default). */
    SAME_EMPLOYER("Same employer", "they work for the same employer", "work for the same employer",
            "With the policy's `employerRule` DIFFERENT (the default): mentor and mentee do not work for the same "
                    + "employer (conflict of interest; compared ignoring case and spaces at either end)."),
    /** Only with the employer rule SAME. */
    DIFFERENT_EMPLOYER("Different employer",
            "the policy asks for a mentor at the mentee's employer, and theirs differ or are not known",
            "work for another employer (or an employer is not known)",
            "With `employerRule` SAME (workplace mentoring): mentor and mentee work for the same employer. A pair "
                    + "where either employer is unknown is not allowed, since nobody can tell that they share a "
                    + "workplace. With ANY neither employer rule applies."),
    NO_COMMON_LANGUAGE("No common language", "they share no language", "share no language",
            "Mentor and mentee share at least one language."),
    FIELDS_TOO_FAR_APART("Fields too far apart",
            "their occupation codes are further apart than the policy allows", "work in a field too far from theirs",
            "Their occupation codes share at least the policy's `minimumFieldCloseness` leading digits (default 1: "
                    + "the same ISCO-08 major group)."),
    REQUIRED_CRITERION_NOT_MET("Required criterion not met", "a criterion the policy marks MUST fails",
            "fail a criterion the policy requires", "Every criterion the policy marks MUST is met by the pair."),
    /** Only with the QUALITY priority. */
    BELOW_MINIMUM_QUALITY("Below minimum quality", "the pair is below the policy's minimum quality",
            "would make a pair below the minimum quality",
            "With priority QUALITY only: no pair below `minimumQuality`; the mentee stays unmatched instead.");

    private final String constraintName;
    private final String broken;
    private final String excludesMentorsWho;
    private final String meaning;

    HardRule(String constraintName, String broken, String excludesMentorsWho, String meaning) {
        this.constraintName = constraintName;
        this.broken = broken;
        this.excludesMentorsWho = excludesMentorsWho;
        this.meaning = meaning;
    }

    /** The name of the rule's constraint, sentence case and stable. */
    public String constraintName() {
        return constraintName;
    }

    /** What breaking it means, e.g. "they share no language". */
    public String broken() {
        return broken;
    }

    /** Completes "N mentors …" in an unmatched mentee's reason, e.g. "share no language". */
    public String excludesMentorsWho() {
        return excludesMentorsWho;
    }

    /** What the rule demands, in a sentence: the README's constraint table shows it. */
    public String meaning() {
        return meaning;
    }

    /** Its flag in a pair's packed bits ({@link PairLayout}). */
    long bit() {
        return 1L << ordinal();
    }
}
