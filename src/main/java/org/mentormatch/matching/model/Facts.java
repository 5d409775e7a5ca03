package org.mentormatch.matching.model;

import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Objects;

/** Argument checks shared by the fact records. */
final class Facts {

    private Facts() {
    }

    static <T> List<T> list(Collection<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }

    /** An unmodifiable copy; null is none. */
    static Map<String, Object> values(Map<String, Object> values) {
        return values == null ? Map.of() : Collections.unmodifiableMap(new TreeMap<>(values));
    }

    static void check(int index, Object id, String field) {
        if (index < 0) {
            throw new IllegalArgumentException("index must be >= 0, was " + index);
        }
        Objects.requireNonNull(id, "id");
        if (field == null || field.isBlank()) {
            throw new IllegalArgumentException("field (an ISCO-08 code) is required");
        }
    }
}
