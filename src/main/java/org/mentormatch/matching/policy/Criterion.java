package org.mentormatch.matching.policy;

/**
 * The soft criteria a policy weighs. Pair criteria grade one mentee–mentor pair and make up its quality;
 * the last two judge the plan as a whole and so can be weighted but never required.
 * JSON names are API: never rename them.
 */
public enum Criterion {
    FIELD_CLOSENESS("fieldCloseness", "Field closeness", 2),
    PREFERRED_FIELDS("preferredFields", "Preferred field", 2),
    QUALIFICATION_FIT("qualificationFit", "Qualification fit", 2),
    SHARED_INTERESTS("sharedInterests", "Shared interests", 1),
    SHARED_SKILLS("sharedSkills", "Shared skills", 1),
    MARKETS("markets", "Market knowledge", 2),
    LOCATION("location", "Location and meeting mode", 2),
    PREFERRED_LANGUAGES("preferredLanguages", "Preferred language", 2),
    FAIRNESS("fairness", "Fairness for the worst-off", -1),
    BALANCED_LOAD("balancedLoad", "Balanced mentor load", -1);

    /** Pair grades run from 0 (none) to 4 (full); a grade is worth 25 quality points. */
    public static final int MAX_GRADE = 4;

    private final String jsonName;
    private final String label;
    private final int passGrade;

    Criterion(String jsonName, String label, int passGrade) {
        this.jsonName = jsonName;
        this.label = label;
        this.passGrade = passGrade;
    }

    public String jsonName() {
        return jsonName;
    }

    public String label() {
        return label;
    }

    /** True if the criterion grades a single pair (and so counts in pair quality and can be required). */
    public boolean isPairCriterion() {
        return passGrade >= 0;
    }

    /**
     * The lowest grade that satisfies the criterion when it is required. Neutral (grade 2, "unknown") passes
     * so missing profile data never blocks a pair; for shared interests and skills one in common is enough.
     */
    public int passGrade() {
        return passGrade;
    }

    public static Criterion fromJsonName(String jsonName) {
        for (Criterion criterion : values()) {
            if (criterion.jsonName.equals(jsonName)) {
                return criterion;
            }
        }
        throw new IllegalArgumentException("Unknown criterion: " + jsonName);
    }
}
