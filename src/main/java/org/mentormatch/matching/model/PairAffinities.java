package org.mentormatch.matching.model;

import java.util.Arrays;

/**
 * Coordinator affinities of a {@link PairTable}. They are sparse (a handful of interviewed pairs in millions), so
 * they live apart from the dense pair bytes: the rated pairs' indexes sorted in an {@code int[]}, their scores
 * (−100..100, never 0) in a parallel {@code byte[]}, found by binary search.
 */
final class PairAffinities {

    private final int[] pairs;
    private final byte[] scores;

    /** From keys {@code (pair index << 8) | (score & 0xFF)}: sorting the keys sorts by pair, the score rides along. */
    PairAffinities(long[] keys) {
        long[] sorted = keys.clone();
        Arrays.sort(sorted);
        pairs = new int[sorted.length];
        scores = new byte[sorted.length];
        for (int i = 0; i < sorted.length; i++) {
            pairs[i] = (int) (sorted[i] >>> 8);
            scores[i] = (byte) sorted[i];
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                throw new IllegalArgumentException("Pair %d is rated twice".formatted(pairs[i]));
            }
        }
    }

    static long key(int pair, int score) {
        return ((long) pair << 8) | (score & 0xFF);
    }

    boolean isEmpty() {
        return pairs.length == 0;
    }

    int size() {
        return pairs.length;
    }

    /** The pair index of the i-th rating, in ascending pair order. */
    int pairAt(int i) {
        return pairs[i];
    }

    /** The score of the i-th rating. */
    int scoreAt(int i) {
        return scores[i];
    }

    /** The rating of a pair, 0 if unrated. */
    int of(int pair) {
        int found = Arrays.binarySearch(pairs, pair);
        return found < 0 ? 0 : scores[found];
    }
}
