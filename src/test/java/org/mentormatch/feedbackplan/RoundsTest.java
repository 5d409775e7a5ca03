package org.mentormatch.feedbackplan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoundsTest {

    private static final Rounds DEFAULT = FeedbackPlan.DEFAULTS.rounds();
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 15);

    @Test
    void shouldHaveNoRoundDueBeforeFirstAfterDays() {
        assertThat(DEFAULT.dueBy(PUBLISHED, null, PUBLISHED.plusDays(29))).isEmpty();
        assertThat(DEFAULT.nextAfter(PUBLISHED, null, PUBLISHED.plusDays(29))).contains(PUBLISHED.plusDays(30));
    }

    @Test
    void shouldFallDueAfterFirstThenEveryDaysWhilePublished() {
        assertThat(DEFAULT.dueBy(PUBLISHED, null, PUBLISHED.plusDays(150)))
                .containsExactly(PUBLISHED.plusDays(30), PUBLISHED.plusDays(90), PUBLISHED.plusDays(150));
        assertThat(DEFAULT.nextAfter(PUBLISHED, null, PUBLISHED.plusDays(150))).contains(PUBLISHED.plusDays(210));
    }

    @Test
    void shouldAddTheDayItEndedAndStopThePeriodicRounds() {
        LocalDate ended = PUBLISHED.plusDays(100);
        assertThat(DEFAULT.dueBy(PUBLISHED, ended, PUBLISHED.plusDays(300)))
                .containsExactly(PUBLISHED.plusDays(30), PUBLISHED.plusDays(90), ended);
        assertThat(DEFAULT.nextAfter(PUBLISHED, ended, PUBLISHED.plusDays(300))).isEmpty();
    }

    @Test
    void shouldNotAddTheEndRoundWithoutWhenEnded() {
        Rounds plan = new Rounds(30, 60, false);
        assertThat(plan.dueBy(PUBLISHED, PUBLISHED.plusDays(90), PUBLISHED.plusDays(300)))
                .containsExactly(PUBLISHED.plusDays(30));
    }

    @Test
    void shouldCountAnEndOnARoundDayOnce() {
        assertThat(DEFAULT.dueBy(PUBLISHED, PUBLISHED.plusDays(30), PUBLISHED.plusDays(40)))
                .containsExactly(PUBLISHED.plusDays(30));
    }
}
