package org.mentormatch.attention;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.mentormatch.feedbackplan.FeedbackPlan;
import org.mentormatch.match.AttentionKind;
import org.mentormatch.match.AttentionReason;

/**
 * When a published pair needs a coordinator's attention, as pure rules over one pair's year (no database, no
 * clock: the caller passes the day).
 * <ul>
 * <li>POOR_FIT: a side answered fit 2 or less, or would not continue; since the latest such answer.</li>
 * <li>STALLED: no check-in for stalledAfterDays, counted from the last check-in or else from publication; each
 * further stalledAfterDays without one is a new stall period.</li>
 * <li>FEEDBACK_OVERDUE: a due round is still unanswered {@value #OVERDUE_AFTER_DAYS} days after its due day;
 * since the newest round to become overdue.</li>
 * </ul>
 * A clearing silences every reason that arose before it; a reason that arises later raises the pair again.
 * Ended matches need no attention: the coordinator has already acted.
 */
public final class AttentionRules {

    /** Days after its due day that an unanswered round is overdue. */
    public static final int OVERDUE_AFTER_DAYS = 14;

    private AttentionRules() {
    }

    public static List<AttentionReason> reasons(PairYear pair, FeedbackPlan plan, LocalDate today) {
        List<AttentionReason> reasons = new ArrayList<>();
        if (!pair.isPublished()) {
            return reasons;
        }
        poorFit(pair).ifPresent(reasons::add);
        stalled(pair, plan.stalledAfterDays(), today).ifPresent(reasons::add);
        overdue(pair, plan, today).ifPresent(reasons::add);
        return reasons;
    }

    private static Optional<AttentionReason> poorFit(PairYear pair) {
        return pair.answers().stream()
                .filter(Answer::isPoor)
                .max(Comparator.comparing(Answer::answeredAt))
                .filter(answer -> pair.clearedAt() == null || answer.answeredAt().isAfter(pair.clearedAt()))
                .map(answer -> new AttentionReason(AttentionKind.POOR_FIT,
                        answer.answeredAt().atOffset(ZoneOffset.UTC).toLocalDate(),
                        "%s answered fit %d%s for the round due %s".formatted(answer.side(), answer.fit(),
                                answer.continuePair() ? "" : " and would not continue", answer.dueOn())));
    }

    private static Optional<AttentionReason> stalled(PairYear pair, int stalledAfterDays, LocalDate today) {
        LocalDate from = pair.lastCheckInOn() == null || pair.lastCheckInOn().isBefore(pair.publishedOn())
                ? pair.publishedOn()
                : pair.lastCheckInOn();
        long quiet = ChronoUnit.DAYS.between(from, today);
        if (quiet < stalledAfterDays) {
            return Optional.empty();
        }
        LocalDate since = from.plusDays(quiet / stalledAfterDays * stalledAfterDays);
        return silenced(pair, since) ? Optional.empty()
                : Optional.of(new AttentionReason(AttentionKind.STALLED, since,
                        (pair.lastCheckInOn() == null ? "No check-in since publication on %s (%d days)"
                                : "No check-in since %s (%d days)").formatted(from, quiet)));
    }

    private static Optional<AttentionReason> overdue(PairYear pair, FeedbackPlan plan, LocalDate today) {
        List<DueRound> overdue = pair.unanswered(plan.rounds(), today).stream()
                .filter(round -> !round.dueOn().plusDays(OVERDUE_AFTER_DAYS).isAfter(today))
                .toList();
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        LocalDate since = overdue.get(overdue.size() - 1).dueOn().plusDays(OVERDUE_AFTER_DAYS);
        return silenced(pair, since) ? Optional.empty()
                : Optional.of(new AttentionReason(AttentionKind.FEEDBACK_OVERDUE, since,
                        "%d feedback answers overdue; the oldest round fell due on %s".formatted(overdue.size(),
                                overdue.get(0).dueOn())));
    }

    /** Cleared on or after the day the reason arose. */
    private static boolean silenced(PairYear pair, LocalDate since) {
        Instant arose = since.atStartOfDay(ZoneOffset.UTC).toInstant();
        return pair.clearedAt() != null && !pair.clearedAt().isBefore(arose);
    }
}
