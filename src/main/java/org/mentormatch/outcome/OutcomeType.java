package org.mentormatch.outcome;

/** What a mentee achieved during the programme year. */
public enum OutcomeType {
    JOB,
    EDUCATION,
    INTERNSHIP,
    BUSINESS_STARTED,
    VOLUNTEERING,
    OTHER
}
