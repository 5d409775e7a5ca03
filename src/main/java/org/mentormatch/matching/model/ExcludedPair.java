package org.mentormatch.matching.model;

import java.util.Objects;
import java.util.UUID;

/** A pair a coordinator has ruled out, for example because they already know each other. */
public record ExcludedPair(UUID menteeId, UUID mentorId) {

    public ExcludedPair {
        Objects.requireNonNull(menteeId, "menteeId");
        Objects.requireNonNull(mentorId, "mentorId");
    }
}
