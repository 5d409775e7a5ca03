package org.mentormatch.attribute;

/** Which side's profiles hold an attribute. Names are API: never rename them. */
public enum AppliesTo {
    MENTEE,
    MENTOR,
    BOTH;

    /** True if a profile of {@code side} (MENTEE or MENTOR) holds the attribute. */
    public boolean includes(AppliesTo side) {
        return this == BOTH || this == side;
    }
}
