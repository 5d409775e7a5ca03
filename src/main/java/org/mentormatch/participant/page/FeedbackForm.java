package org.mentormatch.participant.page;

import java.util.Set;
import org.mentormatch.feedback.FeedbackAnswer;

/** The feedback form as posted: fit as a radio button's value, continue as yes or no. */
record FeedbackForm(String fit, String continuePair, String comment) {

    /** The answer to validate; what cannot be read is added to {@code unreadable} and left null. */
    FeedbackAnswer answer(Set<String> unreadable) {
        Integer number = null;
        try {
            number = CheckInForm.blankAsNull(fit) == null ? null : Integer.valueOf(fit.strip());
        } catch (NumberFormatException e) {
            unreadable.add("fit");
        }
        Boolean going = "yes".equals(continuePair) ? Boolean.TRUE : "no".equals(continuePair) ? Boolean.FALSE : null;
        if (going == null) {
            // The service requires it too, but as a refusal after the others; the page names it with the rest.
            unreadable.add("continue");
        }
        return new FeedbackAnswer(number, going, CheckInForm.blankAsNull(comment));
    }
}
