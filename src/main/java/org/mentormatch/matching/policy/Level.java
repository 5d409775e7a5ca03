package org.mentormatch.matching.policy;

/**
 * How much a coordinator cares about a criterion. The weight scales both the criterion's share of a pair's
 * quality and its soft reward, so a HIGH criterion counts three times as much as a LOW one.
 */
public enum Level {
    /** A hard rule: pairs that fail the criterion are not allowed. It still counts as HIGH in quality. */
    MUST(3),
    HIGH(3),
    MEDIUM(2),
    LOW(1),
    /** Ignored: no share of quality, no reward, no rule. */
    OFF(0);

    private final int weight;

    Level(int weight) {
        this.weight = weight;
    }

    public int weight() {
        return weight;
    }

    public boolean isRequired() {
        return this == MUST;
    }
}
