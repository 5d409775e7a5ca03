package org.mentormatch.participant.page;

import java.util.List;
import java.util.Locale;

/** The page's languages, English unless the browser prefers Danish (its Accept-Language, by weight). */
final class Language {

    static final Locale ENGLISH = Locale.ENGLISH;
    static final Locale DANISH = Locale.forLanguageTag("da");
    private static final List<Locale> OFFERED = List.of(ENGLISH, DANISH);

    private Language() {
    }

    static Locale of(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return ENGLISH;
        }
        try {
            Locale chosen = Locale.lookup(Locale.LanguageRange.parse(acceptLanguage), OFFERED);
            return chosen == null ? ENGLISH : chosen;
        } catch (IllegalArgumentException malformed) {
            return ENGLISH;
        }
    }
}
