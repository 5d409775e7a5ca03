package org.mentormatch.matching.model;

import java.util.Objects;
import java.util.UUID;

/**
 * A coordinator's rating of one pair, from interviews or questionnaires: −100 (keep them apart) to +100 (a
 * natural fit), added to the pair's quality.
 */
public record PairAffinity(UUID menteeId, UUID mentorId, int score) {

    public static final int MIN_SCORE = -100;
    public static final int MAX_SCORE = 100;

    public PairAffinity {
        Objects.requireNonNull(menteeId, "menteeId");
        Objects.requireNonNull(mentorId, "mentorId");
        if (score < MIN_SCORE || score > MAX_SCORE) {
            throw new IllegalArgumentException("Affinity %d is outside %d..%d".formatted(score, MIN_SCORE, MAX_SCORE));
        }
    }
}
