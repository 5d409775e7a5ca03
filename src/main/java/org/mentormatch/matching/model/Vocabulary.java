package org.mentormatch.matching.model;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * Turns normalised codes into small ints, once per run, so that comparing two profiles is integer work
 * rather than string work. Not thread-safe: only used while encoding, before the parallel grading.
 */
final class Vocabulary {

    static final int UNKNOWN = -1;
    static final UnaryOperator<String> LOWER = value -> value.trim().toLowerCase(Locale.ROOT);
    static final UnaryOperator<String> UPPER = value -> value.trim().toUpperCase(Locale.ROOT);

    private final Map<String, Integer> ids = new HashMap<>();
    private final UnaryOperator<String> normaliser;

    Vocabulary(UnaryOperator<String> normaliser) {
        this.normaliser = normaliser;
    }

    /** The id of a code, or {@link #UNKNOWN} for null or blank. */
    int id(String value) {
        if (value == null || value.isBlank()) {
            return UNKNOWN;
        }
        return ids.computeIfAbsent(normaliser.apply(value), key -> ids.size());
    }

    /**
     * The ids of the known codes as a bitset (bit {@code id % 64} of word {@code id / 64}; no words when none is
     * known), ready for {@link #countCommon}: on the largest run grading compares such sets 280 million times,
     * and merging sorted id arrays took 60 % of the pair table's time.
     */
    long[] set(Collection<String> values) {
        int[] known = values.stream().mapToInt(this::id).filter(id -> id != UNKNOWN).toArray();
        long[] set = new long[Arrays.stream(known).max().orElse(-Long.SIZE) / Long.SIZE + 1];
        for (int id : known) {
            set[id / Long.SIZE] |= 1L << id;
        }
        return set;
    }

    /** How many ids two sets share, counting no further than {@code cap}. */
    static int countCommon(long[] a, long[] b, int cap) {
        int common = 0;
        for (int word = Math.min(a.length, b.length) - 1; word >= 0; word--) {
            common += Long.bitCount(a[word] & b[word]);
        }
        return Math.min(common, cap);
    }

    static boolean contains(long[] set, int id) {
        return id >= 0 && id / Long.SIZE < set.length && (set[id / Long.SIZE] & 1L << id) != 0;
    }
}
