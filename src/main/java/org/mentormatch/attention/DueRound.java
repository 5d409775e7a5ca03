package org.mentormatch.attention;

import java.time.LocalDate;

/** A feedback round a side has not answered yet. */
public record DueRound(Side side, LocalDate dueOn) {
}
