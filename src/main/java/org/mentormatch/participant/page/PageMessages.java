package org.mentormatch.participant.page;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/** The page's words in English; {@code messages/msg_da.properties} has them in Danish. */
@MessageBundle(locale = "en")
public interface PageMessages {

    @Message("Your mentoring programme")
    String title();

    @Message("Your match")
    String matchHeading();

    @Message("Which pair")
    String pair();

    @Message("Choose the pair this is about.")
    String error_matchId();

    @Message("You have no match yet. Your coordinator will tell you when you have one.")
    String noMatch();

    @Message("Accepted: your coordinator will announce it soon")
    String accepted();

    @Message("Field")
    String field();

    @Message("Languages")
    String languages();

    @Message("Region")
    String region();

    @Message("E-mail")
    String email();

    @Message("Record a meeting")
    String checkInHeading();

    @Message("Meetings can be recorded once your match is announced.")
    String noCheckIns();

    @Message("Day you met")
    String date();

    @Message("Minutes")
    String minutes();

    @Message("How you met")
    String mode();

    @Message("In person")
    String mode_IN_PERSON();

    @Message("Online")
    String mode_ONLINE();

    @Message("By phone")
    String mode_PHONE();

    @Message("Topics (separated by commas)")
    String topics();

    @Message("Note")
    String note();

    @Message("Save the meeting")
    String saveCheckIn();

    @Message("Your meeting is saved. Thank you!")
    String checkInSaved();

    @Message("Feedback")
    String feedbackHeading();

    @Message("Nothing to answer now. We will ask again later.")
    String noFeedbackDue();

    @Message("How well does your match work? (1 poor, 5 very good)")
    String fit();

    @Message("Do you want to continue?")
    String continuePair();

    @Message("Yes")
    String yes();

    @Message("No")
    String no();

    @Message("Comment")
    String comment();

    @Message("Send feedback")
    String sendFeedback();

    @Message("Your feedback is saved. Thank you!")
    String feedbackSaved();

    @Message("Please correct the fields marked below.")
    String correctBelow();

    @Message("This could not be saved; the page shows what you can do now.")
    String notSaved();

    @Message("Enter the day you met: not in the future and not before your match was announced.")
    String error_date();

    @Message("Enter the minutes as a whole number from 1 to 1440.")
    String error_minutes();

    @Message("Choose how you met.")
    String error_mode();

    @Message("Enter at most 20 topics of at most 100 characters each.")
    String error_topics();

    @Message("Write at most 2000 characters.")
    String error_note();

    @Message("Choose a number from 1 to 5.")
    String error_fit();

    @Message("Choose yes or no.")
    String error_continue();

    @Message("Write at most 2000 characters.")
    String error_comment();

    @Message("This link is no longer valid")
    String invalidHeading();

    @Message("This link is no longer valid; ask your coordinator for a new one.")
    String invalidText();
}
