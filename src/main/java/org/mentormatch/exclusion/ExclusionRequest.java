package org.mentormatch.exclusion;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a coordinator sends to rule a pair out. */
@Schema(name = "ExclusionRequest", description = "A pair to rule out, and why")
public record ExclusionRequest(
        @NotNull
        @Schema(description = "A mentee of this cohort", example = "5b0e7c1a-9d4f-4a2b-8e6c-1f3a5d7b9c2e", required = true)
        UUID menteeId,
        @NotNull
        @Schema(description = "A mentor of this cohort", example = "c2d4e6f8-1a3b-4c5d-9e7f-0a2b4c6d8e1f", required = true)
        UUID mentorId,
        @NotBlank @Size(min = 1, max = 500)
        @Schema(description = "Why they must not be matched; trimmed", example = "They are colleagues",
                minLength = 1, maxLength = 500, required = true)
        String reason) {

    void applyTo(Exclusion exclusion) {
        exclusion.menteeId = menteeId;
        exclusion.mentorId = mentorId;
        exclusion.reason = reason.strip();
    }
}
