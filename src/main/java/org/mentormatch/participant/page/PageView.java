package org.mentormatch.participant.page;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.mentormatch.feedback.DueFeedback;
import org.mentormatch.match.MatchStatus;
import org.mentormatch.participant.CurrentMatch;
import org.mentormatch.participant.MeResponse;

/**
 * What the page shows: the participant's matches, whether they can record a meeting and answer feedback, and after a
 * post the fields at fault with the values sent, or what was saved.
 *
 * @param pagePath the page's own path ({@code /participant/{token}} under the service's base), for forms and links
 * @param saved    {@code check-in} or {@code feedback} after a save, else null
 * @param refused  whether the service turned a valid form down (no published match, no round due)
 */
public record PageView(String lang, String basePath, String pagePath, MeResponse me, List<DueFeedback> due, LocalDate today,
        Set<String> errors, Map<String, String> values, String saved, boolean refused) {

    public List<CurrentMatch> matches() {
        return me.matches() == null ? List.of() : me.matches();
    }

    public boolean canRecord() {
        return matches().stream().anyMatch(match -> match.status() == MatchStatus.PUBLISHED);
    }

    /** Their PUBLISHED pairs: a mentor with more than one chooses which a meeting or an answer is about. */
    public List<CurrentMatch> published() {
        return matches().stream().filter(match -> match.status() == MatchStatus.PUBLISHED).toList();
    }

    public boolean choosesMatch() {
        return published().size() > 1;
    }

    /** The pairs with a round due, for the feedback form's choice. */
    public List<CurrentMatch> withFeedbackDue() {
        return published().stream().filter(match -> due.stream().anyMatch(round -> round.matchId().equals(match.id()))).toList();
    }

    public boolean feedbackOpen() {
        return !due.isEmpty();
    }

    public boolean hasError(String field) {
        return errors.contains(field);
    }

    public boolean hasErrors() {
        return !errors.isEmpty();
    }

    /** A value sent with the form, to show again; the day defaults to today. */
    public String value(String field) {
        return values.getOrDefault(field, "date".equals(field) ? today.toString() : "");
    }

    /** Whether this radio button was the one chosen; a number's value compares as the text sent. */
    public boolean checked(String field, Object value) {
        return String.valueOf(value).equals(values.get(field));
    }

    public String languages(CurrentMatch match) {
        return match.counterpart().languages() == null ? "" : String.join(", ", match.counterpart().languages());
    }
}
