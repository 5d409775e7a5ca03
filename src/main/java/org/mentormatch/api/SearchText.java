package org.mentormatch.api;

import java.util.Locale;

/** Turns a user's search text into a case-insensitive LIKE pattern in which % and _ are literal. */
public final class SearchText {

    /** The escape character the patterns use; queries say {@code like ?1 escape '\'}. */
    public static final char ESCAPE = '\\';

    private SearchText() {
    }

    public static String containing(String text) {
        String escaped = text.strip().toLowerCase(Locale.ROOT)
                .replace("\\", "\\\\")
                .replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
