package org.mentormatch.matching.policy;

import java.util.Locale;
import java.util.Objects;

/**
 * A policy's criterion on a programme attribute: a pair criterion like those of {@link Criterion}, graded 0-4 by
 * {@link AttributeCompare}, weighted by its level, and with MUST a rule the pair must keep.
 *
 * @param key   the attribute's key in the programme's list and in the profiles' values
 * @param label the attribute's label, quoted in reasons ("Same posting phase: ABROAD")
 */
public record AttributeCriterion(String key, String label, AttributeCompare compare, Level level) {

    /** Like the fixed criteria, an unknown value (neutral 2) passes a MUST, so missing data never blocks a pair. */
    public static final int PASS_GRADE = 2;

    public AttributeCriterion {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(compare, "compare");
        Objects.requireNonNull(level, "level");
        label = label == null ? key : label;
    }

    /** "Same posting phase", the criterion's name in reasons. */
    public String name() {
        boolean acronym = label.length() > 1 && Character.isUpperCase(label.charAt(1));
        return compare.phrase() + " " + (acronym ? label : label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1));
    }
}
