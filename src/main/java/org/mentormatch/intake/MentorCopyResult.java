package org.mentormatch.intake;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The mentors copied, and those left out with the reason. */
@Schema(name = "MentorCopyResult", description = "Mentors copied into the cohort, and those skipped")
public record MentorCopyResult(
        @Schema(description = "Each copied mentor: their id in the earlier cohort and the new profile's id")
        List<Copied> copied,
        @Schema(description = "Mentors not copied, each with the reason")
        List<Skipped> skipped) {

    @Schema(name = "CopiedMentor", description = "A mentor copied into the cohort")
    public record Copied(
            @Schema(description = "Their profile in the earlier cohort") UUID fromId,
            @Schema(description = "Their new profile in this cohort") UUID id) {
    }

    @Schema(name = "SkippedMentor", description = "A mentor not copied")
    public record Skipped(
            @Schema(description = "The id that was asked for or found in the earlier cohort") UUID mentorId,
            @Schema(description = "Why they were not copied", example = "a mentor of this cohort has the same e-mail")
            String reason) {
    }
}
