package org.mentormatch.attention;

/** The two sides of a pair, who each answer every feedback round. */
public enum Side {
    MENTEE,
    MENTOR
}
