package org.mentormatch.feedbackplan;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The days a published pair's feedback rounds fall due: {@code firstAfterDays} after publication, then every
 * {@code everyDays} while the match is published, and (with {@code whenEnded}) on the day it ended. A round is
 * named by its due day, which is what a side's answer is stored under.
 */
public record Rounds(int firstAfterDays, int everyDays, boolean whenEnded) {

    /**
     * The rounds due on or before {@code today}, oldest first.
     *
     * @param endedOn the day the match ended, or null while it is published
     */
    public List<LocalDate> dueBy(LocalDate publishedOn, LocalDate endedOn, LocalDate today) {
        List<LocalDate> due = new ArrayList<>();
        LocalDate periodicUntil = endedOn == null ? today : min(today, endedOn.minusDays(1));
        for (LocalDate day = publishedOn.plusDays(firstAfterDays); !day.isAfter(periodicUntil); day = day.plusDays(everyDays)) {
            due.add(day);
        }
        if (endedOn != null && whenEnded && !endedOn.isAfter(today)) {
            due.add(endedOn);
        }
        return due;
    }

    /** The first round due after {@code today}; empty once the match has ended. */
    public Optional<LocalDate> nextAfter(LocalDate publishedOn, LocalDate endedOn, LocalDate today) {
        if (endedOn != null) {
            return Optional.empty();
        }
        LocalDate first = publishedOn.plusDays(firstAfterDays);
        if (first.isAfter(today)) {
            return Optional.of(first);
        }
        long periods = (today.toEpochDay() - first.toEpochDay()) / everyDays + 1;
        return Optional.of(first.plusDays(periods * everyDays));
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
