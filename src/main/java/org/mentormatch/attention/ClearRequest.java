package org.mentormatch.attention;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Why a coordinator decides a match needs no more attention. */
@Schema(name = "AttentionClearing", description = "Why the match needs no more attention for the reasons it has now")
public record ClearRequest(
        @NotBlank @Size(max = 1000)
        @Schema(required = true, example = "Talked to both; they meet again after the holidays") String reason) {
}
