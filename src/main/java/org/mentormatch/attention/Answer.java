package org.mentormatch.attention;

import java.time.Instant;
import java.time.LocalDate;

/** One side's answer to one feedback round, as far as the attention rules read it. */
public record Answer(Side side, LocalDate dueOn, int fit, boolean continuePair, Instant answeredAt) {

    /** Fit 2 or less, or the side would not go on: a poor answer. */
    public boolean isPoor() {
        return fit <= 2 || !continuePair;
    }
}
