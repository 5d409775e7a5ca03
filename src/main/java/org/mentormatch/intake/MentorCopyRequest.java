package org.mentormatch.intake;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Which mentors of an earlier cohort come back. */
@Schema(name = "MentorCopyRequest", description = "Mentors to copy from another cohort of the same programme")
public record MentorCopyRequest(
        @NotNull
        @Schema(description = "The cohort they mentored in, of the same programme", required = true,
                example = "8b1d7e2a-4c6f-4e3b-9d1a-2f7c5e8a0b13")
        UUID fromCohortId,
        @Size(max = 10_000)
        @Schema(description = "Only these mentors of that cohort; all of them when absent",
                example = "[\"9c2e4f6a-1b3d-4e5f-8a7b-6c5d4e3f2a1b\"]")
        List<@NotNull UUID> mentorIds) {
}
