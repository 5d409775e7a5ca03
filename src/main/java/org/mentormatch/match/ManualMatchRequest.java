package org.mentormatch.match;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A pair a coordinator makes by hand. */
@Schema(name = "ManualMatch", description = "A pair made by hand; it is ACCEPTED at once")
public record ManualMatchRequest(
        @NotNull @Schema(required = true) UUID menteeId,
        @NotNull @Schema(required = true) UUID mentorId,
        @Size(max = 1000) @Schema(example = "Known to each other from the network") String reason,
        @Valid @Schema(description = "Make the pair although it breaks a rule; the reason is recorded") Override override) {

    @Schema(name = "MatchOverride", description = "Why a pair that breaks a rule is made anyway")
    public record Override(@NotBlank @Size(max = 1000) @Schema(required = true, example = "Different departments of a large employer")
            String reason) {
    }
}
