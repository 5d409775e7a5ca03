package org.mentormatch.checkin;

import java.time.LocalDate;

/** How many check-ins a match has and the day of the latest. */
public record CheckInTally(long count, LocalDate lastOn) {
}
