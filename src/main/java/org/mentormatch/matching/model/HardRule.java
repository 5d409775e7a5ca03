package org.mentormatch.matching.model;

/** The pair rules a plan must never break. Capacity is a rule on mentors, not on pairs, so it is not here. */
public enum HardRule {
    EXCLUDED,
    SAME_EMPLOYER,
    NO_COMMON_LANGUAGE,
    FIELDS_TOO_FAR_APART,
    REQUIRED_CRITERION_NOT_MET,
    /** Only with the QUALITY priority. */
    BELOW_MINIMUM_QUALITY;

    int bit() {
        return 1 << ordinal();
    }
}
