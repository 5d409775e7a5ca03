package org.mentormatch.matchrun;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A counterpart one person could be matched with now, and why the pair is good or weak. */
@Schema(name = "Suggestion", description = "A mentor for a mentee, or a mentee for a mentor, that breaks no rule of "
        + "the cohort's policy and is free to take the pair")
public record Suggestion(
        @Schema(description = "The suggested mentor's or mentee's id") UUID id,
        @Schema(example = "Mette Jensen") String displayName,
        @Schema(description = "Pair quality 0-100, as a run grades it", example = "78") int quality,
        @Schema(description = "For a suggested mentor: places left, capacity minus their current matches; absent "
                + "for a suggested mentee", example = "1") Integer freeCapacity,
        @Schema(description = "The constraints that raise or lower this pair, strongest first, in the words of a "
                + "run's proposal") List<Reason> reasons) {
}
