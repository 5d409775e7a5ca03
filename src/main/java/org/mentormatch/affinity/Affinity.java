package org.mentormatch.affinity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.matching.model.PairAffinity;

/** One rated pair, as a coordinator sends and reads it. */
@Schema(name = "Affinity", description = "A coordinator's rating of one mentee-mentor pair")
public record Affinity(
        @NotNull
        @Schema(description = "A mentee of this cohort", example = "5b0e7c1a-9d4f-4a2b-8e6c-1f3a5d7b9c2e", required = true)
        UUID menteeId,
        @NotNull
        @Schema(description = "A mentor of this cohort", example = "c2d4e6f8-1a3b-4c5d-9e7f-0a2b4c6d8e1f", required = true)
        UUID mentorId,
        @NotNull @Min(PairAffinity.MIN_SCORE) @Max(PairAffinity.MAX_SCORE)
        @Schema(description = "From -100 (keep them apart) to +100 (a natural fit); added to the pair's quality "
                + "(0-100), so +20 lifts a pair of quality 60 to 80", example = "40", minimum = "-100",
                maximum = "100", required = true)
        Integer score) {
}
