package org.mentormatch.matching.policy;

/**
 * How an attribute criterion compares the mentee's value with the mentor's. Grades run 0-4 like every pair
 * criterion; a value missing on either side (or an empty selection) is the neutral 2. Names are API: never rename
 * them.
 */
public enum AttributeCompare {
    /** Equal values: 4, else 0. For choice, yes/no and number attributes. */
    SAME("Same"),
    /** Unequal values: 4, equal 0. For choice, yes/no and number attributes. */
    DIFFERENT("Different"),
    /**
     * Shared selections of a multiple-choice attribute: none 0; one 3; 4 once they share two, or every value of the
     * side that selected fewer.
     */
    OVERLAP("Shared"),
    /** The mentor's number is at least the mentee's: 4, else 0. For number attributes. */
    MENTOR_AT_LEAST("Mentor at least as high on");

    private final String phrase;

    AttributeCompare(String phrase) {
        this.phrase = phrase;
    }

    /** Starts the criterion's name in reasons: "Same posting phase". */
    public String phrase() {
        return phrase;
    }
}
