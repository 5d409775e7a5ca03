package org.mentormatch.cohort;

/** Where a cohort is in its year; matching and publishing will move it on. */
public enum CohortStatus {
    OPEN,
    /** Its accepted matches are published to the participants. */
    PUBLISHED
}
