package org.mentormatch.attention;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.feedbackplan.FeedbackPlan;
import org.mentormatch.match.AttentionKind;
import org.mentormatch.match.AttentionReason;

class AttentionRulesTest {

    private static final FeedbackPlan PLAN = FeedbackPlan.DEFAULTS;
    private static final LocalDate PUBLISHED = LocalDate.of(2025, 9, 15);
    private static final LocalDate FIRST_ROUND = PUBLISHED.plusDays(30);

    @Test
    void shouldNeedNothingForAFreshPair() {
        assertThat(reasons(pair(null, List.of(), null), PUBLISHED.plusDays(10))).isEmpty();
    }

    @Test
    void shouldFlagPoorFitForFitTwoOrContinueFalse() {
        Answer poor = new Answer(Side.MENTEE, FIRST_ROUND, 2, true, at(FIRST_ROUND));
        Answer leaving = new Answer(Side.MENTOR, FIRST_ROUND, 5, false, at(FIRST_ROUND));
        Answer fine = new Answer(Side.MENTOR, FIRST_ROUND, 3, true, at(FIRST_ROUND));
        LocalDate today = FIRST_ROUND.plusDays(1);
        assertThat(kinds(pair(today, List.of(poor), null), today)).containsExactly(AttentionKind.POOR_FIT);
        assertThat(kinds(pair(today, List.of(leaving), null), today)).containsExactly(AttentionKind.POOR_FIT);
        assertThat(kinds(pair(today, List.of(fine), null), today)).isEmpty();
    }

    @Test
    void shouldSilenceAClearedPoorFitUntilANewPoorAnswer() {
        Answer poor = new Answer(Side.MENTEE, FIRST_ROUND, 1, true, at(FIRST_ROUND));
        Instant cleared = at(FIRST_ROUND.plusDays(2));
        LocalDate today = FIRST_ROUND.plusDays(3);
        assertThat(reasons(pair(today, List.of(poor), cleared), today)).isEmpty();
        Answer again = new Answer(Side.MENTEE, FIRST_ROUND.plusDays(60), 2, true, at(FIRST_ROUND.plusDays(3)));
        assertThat(kinds(pair(today, List.of(poor, again), cleared), today)).containsExactly(AttentionKind.POOR_FIT);
    }

    @Test
    void shouldFlagStalledFromPublicationOrTheLastCheckIn() {
        LocalDate today = PUBLISHED.plusDays(45);
        List<Answer> answered = answeredFirstRound();
        assertThat(reasons(pair(null, answered, null), today))
                .containsExactly(new AttentionReason(AttentionKind.STALLED, today,
                        "No check-in since publication on 2025-09-15 (45 days)"));
        assertThat(reasons(pair(PUBLISHED.plusDays(1), answered, null), today)).isEmpty();
    }

    @Test
    void shouldRaiseANewStallPeriodAfterAClearing() {
        List<Answer> answered = answeredFirstRound();
        Instant cleared = at(PUBLISHED.plusDays(50));
        assertThat(reasons(pair(null, answered, cleared), PUBLISHED.plusDays(89))).isEmpty();
        assertThat(reasons(pair(null, answered, cleared), PUBLISHED.plusDays(90)))
                .extracting(AttentionReason::kind, AttentionReason::since)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(AttentionKind.STALLED, PUBLISHED.plusDays(90)));
    }

    @Test
    void shouldFlagFeedbackOverdueFourteenDaysAfterTheDueDay() {
        LocalDate met = FIRST_ROUND.plusDays(10);
        assertThat(reasons(pair(met, List.of(), null), FIRST_ROUND.plusDays(13))).isEmpty();
        assertThat(reasons(pair(met, List.of(), null), FIRST_ROUND.plusDays(14)))
                .containsExactly(new AttentionReason(AttentionKind.FEEDBACK_OVERDUE, FIRST_ROUND.plusDays(14),
                        "2 feedback answers overdue; the oldest round fell due on 2025-10-15"));
    }

    @Test
    void shouldNeedNothingOnceEnded() {
        PairYear ended = new PairYear(UUID.randomUUID(), UUID.randomUUID(), PUBLISHED, PUBLISHED.plusDays(40), null,
                List.of(new Answer(Side.MENTEE, FIRST_ROUND, 1, false, at(FIRST_ROUND))), null);
        assertThat(reasons(ended, PUBLISHED.plusDays(200))).isEmpty();
    }

    private static List<Answer> answeredFirstRound() {
        return List.of(new Answer(Side.MENTEE, FIRST_ROUND, 4, true, at(PUBLISHED)),
                new Answer(Side.MENTOR, FIRST_ROUND, 4, true, at(PUBLISHED)));
    }

    private static PairYear pair(LocalDate lastCheckIn, List<Answer> answers, Instant clearedAt) {
        return new PairYear(UUID.randomUUID(), UUID.randomUUID(), PUBLISHED, null, lastCheckIn, answers, clearedAt);
    }

    private static List<AttentionReason> reasons(PairYear pair, LocalDate today) {
        return AttentionRules.reasons(pair, PLAN, today);
    }

    private static List<AttentionKind> kinds(PairYear pair, LocalDate today) {
        return reasons(pair, today).stream().map(AttentionReason::kind).toList();
    }

    private static Instant at(LocalDate day) {
        return day.atTime(12, 0).toInstant(ZoneOffset.UTC);
    }
}
