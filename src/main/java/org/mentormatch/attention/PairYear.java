package org.mentormatch.attention;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mentormatch.feedbackplan.Rounds;

/**
 * What the year rules need to know of one published pair.
 *
 * @param endedOn the day it ended, or null while it is published
 * @param lastCheckInOn the latest meeting, or null before the first
 * @param clearedAt when a coordinator last cleared its attention, or null
 */
public record PairYear(UUID matchId, UUID cohortId, LocalDate publishedOn, LocalDate endedOn, LocalDate lastCheckInOn,
        List<Answer> answers, Instant clearedAt) {

    public PairYear {
        answers = List.copyOf(answers);
    }

    public boolean isPublished() {
        return endedOn == null;
    }

    /** The rounds due by {@code today} that a side has not answered, oldest first, MENTEE before MENTOR. */
    public List<DueRound> unanswered(Rounds rounds, LocalDate today) {
        List<DueRound> open = new ArrayList<>();
        for (LocalDate dueOn : rounds.dueBy(publishedOn, endedOn, today)) {
            for (Side side : Side.values()) {
                if (answers.stream().noneMatch(answer -> answer.side() == side && answer.dueOn().equals(dueOn))) {
                    open.add(new DueRound(side, dueOn));
                }
            }
        }
        return open;
    }

    /** The round a side answers now: its oldest unanswered due round, else the next one; empty when none is left. */
    public java.util.Optional<LocalDate> roundToAnswer(Side side, Rounds rounds, LocalDate today) {
        return unanswered(rounds, today).stream()
                .filter(round -> round.side() == side)
                .map(DueRound::dueOn)
                .findFirst()
                .or(() -> rounds.nextAfter(publishedOn, endedOn, today)
                        .filter(next -> answers.stream().noneMatch(a -> a.side() == side && a.dueOn().equals(next))));
    }
}
