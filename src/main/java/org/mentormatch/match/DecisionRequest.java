package org.mentormatch.match;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A coordinator's decision on one match. */
@Schema(name = "MatchDecision", description = "ACCEPTED or REJECTED for a proposal; ENDED (with a reason) for a published match")
public record DecisionRequest(
        @NotNull @Schema(required = true, example = "ACCEPTED") MatchStatus status,
        @Size(max = 1000) @Schema(description = "Why; required to end a match", example = "They met at the kick-off")
        String reason) {
}
