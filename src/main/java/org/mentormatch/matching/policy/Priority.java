package org.mentormatch.matching.policy;

/** What wins when matching everyone and matching well conflict. */
public enum Priority {
    /** Match as many mentees as possible, even with pairs below the minimum quality. */
    PARTICIPATION,
    /** Never form a pair below the minimum quality, even if that leaves mentees unmatched. */
    QUALITY
}
