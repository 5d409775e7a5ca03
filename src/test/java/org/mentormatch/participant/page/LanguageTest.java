package org.mentormatch.participant.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageTest {

    @Test
    void shouldChooseDanishOnlyWhenTheBrowserPrefersIt() {
        assertThat(Language.of("da")).isEqualTo(Language.DANISH);
        assertThat(Language.of("da-DK,da;q=0.9,en;q=0.8")).isEqualTo(Language.DANISH);
        assertThat(Language.of("en;q=0.5, da")).isEqualTo(Language.DANISH);
        assertThat(Language.of("de-DE,da;q=0.4,en;q=0.9")).isEqualTo(Language.ENGLISH);
    }

    @Test
    void shouldFallBackToEnglish() {
        assertThat(Language.of(null)).isEqualTo(Language.ENGLISH);
        assertThat(Language.of("")).isEqualTo(Language.ENGLISH);
        assertThat(Language.of("fr-FR")).isEqualTo(Language.ENGLISH);
        assertThat(Language.of("*")).isEqualTo(Language.ENGLISH);
        assertThat(Language.of("da;q=nonsense")).isEqualTo(Language.ENGLISH);
    }
}
