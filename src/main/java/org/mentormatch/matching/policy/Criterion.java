package org.mentormatch.matching.policy;

/**
 * The soft criteria a policy weighs. Pair criteria grade one mentee–mentor pair and make up its quality;
 * the last two judge the plan as a whole and so can be weighted but never required.
 * JSON names are API: never rename them.
 */
public enum Criterion {
    FIELD_CLOSENESS("fieldCloseness", "Field closeness", 2, Level.HIGH,
            "Shared leading digits of the two occupation codes (4 = same unit group)."),
    PREFERRED_FIELDS("preferredFields", "Preferred field", 2, Level.HIGH,
            "The mentor works in a field the mentee asked for (half marks when the mentee named none)."),
    QUALIFICATION_FIT("qualificationFit", "Qualification fit", 2, Level.MEDIUM,
            "The mentor's education level and years of experience are at least the mentee's."),
    SHARED_INTERESTS("sharedInterests", "Shared interests", 1, Level.LOW,
            "Interests in common (each one counts, up to four)."),
    SHARED_SKILLS("sharedSkills", "Shared skills", 1, Level.MEDIUM,
            "Skills in common (each one counts, up to four)."),
    MARKETS("markets", "Market knowledge", 2, Level.MEDIUM,
            "The mentor's markets include the mentee's home country (a mentee from China and a mentor exporting "
                    + "to China)."),
    LOCATION("location", "Location and meeting mode", 2, Level.MEDIUM,
            "Same region, or the mentee meets online and the mentor does too (with the policy's "
                    + "`onlineCountsAsLocal`, any mentor who meets online)."),
    PREFERRED_LANGUAGES("preferredLanguages", "Preferred language", 2, Level.MEDIUM,
            "They share a language the mentee prefers (half marks when the mentee named none)."),
    /**
     * The choices people stated (PUT …/preferences): a mentee's ranking of mentors, a mentor's accepts and declines.
     * Grade: 0 if the mentor declined the mentee, or gave an accepts list without them; otherwise, for a mentee who
     * ranked anyone, rank 1 → 4, rank 2 → 3, rank 3 → 2, rank 4 or lower → 1, not ranked → 0; for a mentee who
     * ranked no one, 2 (neutral: nothing stated neither helps nor blocks). MUST (pass grade 1) thus allows only
     * pairs the mentor did not decline (and accepted, if they listed whom they accept), and for a mentee who
     * ranked, only mentors they ranked. OFF by default, so cohorts that state nothing are matched as before.
     */
    STATED_PREFERENCES("statedPreferences", "Stated preference", 1, Level.OFF,
            "The mentee ranked the mentor (rank 1 full marks, then less with each place; half marks when the mentee "
                    + "ranked no one) and the mentor did not decline them; OFF unless the policy turns it on."),
    FAIRNESS("fairness", "Fairness for the worst-off", -1, Level.MEDIUM,
            "A pair below quality 70 costs the square of its shortfall, so the plan lifts its weakest pairs before "
                    + "polishing good ones."),
    BALANCED_LOAD("balancedLoad", "Balanced mentor load", -1, Level.LOW,
            "A mentor with several mentees costs the square of their load, spreading mentees across mentors.");

    /** Pair grades run from 0 (none) to 4 (full); a grade is worth 25 quality points. */
    public static final int MAX_GRADE = 4;

    private final String jsonName;
    private final String label;
    private final int passGrade;
    private final Level defaultLevel;
    private final String meaning;

    Criterion(String jsonName, String label, int passGrade, Level defaultLevel, String meaning) {
        this.jsonName = jsonName;
        this.label = label;
        this.passGrade = passGrade;
        this.defaultLevel = defaultLevel;
        this.meaning = meaning;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Shown in reasons, and the name of the criterion's constraint. */
    public String label() {
        return label;
    }

    /** Its level in {@link MatchingPolicy#defaults()}. */
    public Level defaultLevel() {
        return defaultLevel;
    }

    /** What the criterion rewards, in a sentence: the README's constraint table shows it. */
    public String meaning() {
        return meaning;
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
