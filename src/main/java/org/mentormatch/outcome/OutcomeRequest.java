package org.mentormatch.outcome;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a coordinator records when a mentee achieves something. */
@Schema(name = "OutcomeRequest", description = "Something a mentee achieved during the programme year")
public record OutcomeRequest(
        @NotNull @Schema(required = true, example = "JOB") OutcomeType type,
        @NotNull @PastOrPresent
        @Schema(description = "The day it happened (the job started, the place was taken); not in the future",
                example = "2026-03-01", required = true)
        LocalDate date,
        @IscoOccupation
        @Schema(description = "The occupation as an ISCO-08 code (International Standard Classification of "
                + "Occupations, ILO 2008): 1 digit for a major group (2 = professionals) up to 4 for a unit group "
                + "(2512 = software developers). The first two digits must be an existing sub-major group. "
                + "Optional; mostly for JOB and INTERNSHIP.",
                example = "2512", pattern = IscoOccupation.PATTERN, minLength = 1, maxLength = 4)
        String occupation,
        @NotNull
        @Schema(description = "Whether it came through the mentor's network (an introduction, a referral)",
                example = "true", required = true)
        Boolean viaMentorNetwork,
        @Size(max = 2000)
        @Schema(description = "At most 2000 characters; cleared when the mentee's data is erased",
                example = "Junior developer at a logistics company", maxLength = 2000)
        String note) {

    void applyTo(Outcome outcome) {
        outcome.type = type;
        outcome.achievedOn = date;
        outcome.occupation = occupation;
        outcome.viaMentorNetwork = viaMentorNetwork;
        outcome.note = note == null || note.isBlank() ? null : note.strip();
    }
}
