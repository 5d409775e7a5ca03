package org.mentormatch.matching.model;

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

    /** Sorted distinct ids of the known codes, ready for {@link #countCommon}. */
    int[] ids(Collection<String> values) {
        return values.stream().mapToInt(this::id).filter(id -> id != UNKNOWN).distinct().sorted().toArray();
    }

    /** How many ids two sorted arrays share, counting no further than {@code cap}. */
    static int countCommon(int[] a, int[] b, int cap) {
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length && common < cap; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }
}
