package org.mentormatch.participant.page;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.mentormatch.checkin.CheckInMode;
import org.mentormatch.checkin.CheckInRequest;

/** The meeting form as posted: text fields, read into the request the JSON endpoint validates. */
record CheckInForm(String date, String minutes, String mode, String topics, String note) {

    /**
     * The request to validate; a field that cannot be read (not a day, not a whole number, no such mode) is added to
     * {@code unreadable} and left null, which Bean Validation would otherwise report for an empty one.
     */
    CheckInRequest request(Set<String> unreadable) {
        return new CheckInRequest(day(unreadable), number(unreadable), mode(unreadable), topicList(), blankAsNull(note));
    }

    private LocalDate day(Set<String> unreadable) {
        try {
            return blankAsNull(date) == null ? null : LocalDate.parse(date.strip());
        } catch (DateTimeParseException e) {
            unreadable.add("date");
            return null;
        }
    }

    private Integer number(Set<String> unreadable) {
        try {
            return blankAsNull(minutes) == null ? null : Integer.valueOf(minutes.strip());
        } catch (NumberFormatException e) {
            unreadable.add("minutes");
            return null;
        }
    }

    private CheckInMode mode(Set<String> unreadable) {
        try {
            return blankAsNull(mode) == null ? null : CheckInMode.valueOf(mode.strip());
        } catch (IllegalArgumentException e) {
            unreadable.add("mode");
            return null;
        }
    }

    private List<String> topicList() {
        return topics == null ? null : Arrays.stream(topics.split(",")).map(String::strip).filter(t -> !t.isEmpty()).toList();
    }

    static String blankAsNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
