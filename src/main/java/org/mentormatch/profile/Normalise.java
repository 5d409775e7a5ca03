package org.mentormatch.profile;

import java.util.List;
import java.util.Locale;

/** How request values are stored: text trimmed, codes in their canonical case, absent lists empty. */
final class Normalise {

    private Normalise() {
    }

    /** Trimmed, or {@code null} when absent or blank. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** Each entry trimmed, in the order given; an absent list is empty. */
    static List<String> entries(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }

    /** Lower-case codes (ISO 639-1 languages), each once, in the order given. */
    static List<String> lowerCodes(List<String> values) {
        return values == null ? List.of() : values.stream().map(Normalise::lower).distinct().toList();
    }

    /** Upper-case codes (ISO 3166 countries), each once, in the order given. */
    static List<String> upperCodes(List<String> values) {
        return values == null ? List.of() : values.stream().map(Normalise::upper).distinct().toList();
    }

    static String lower(String value) {
        return value == null ? null : value.strip().toLowerCase(Locale.ROOT);
    }

    static String upper(String value) {
        return value == null ? null : value.strip().toUpperCase(Locale.ROOT);
    }
}
