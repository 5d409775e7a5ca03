package org.mentormatch.match;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One mentee whose mentor a run would change: from the current match to the run's proposal. */
@Schema(name = "PairChange", description = "A mentee's current mentor and the one the run proposes; a side is null "
        + "when the mentee has no pair there")
public record PairChange(
        UUID menteeId,
        @Schema(example = "Li Wei") String menteeName,
        @Schema(description = "The current mentor; null for a gained pair") UUID fromMentorId,
        @Schema(example = "Mette Jensen") String fromMentorName,
        @Schema(description = "The run's mentor; null for a lost pair") UUID toMentorId,
        @Schema(example = "Søren Holm") String toMentorName,
        @Schema(description = "Quality of the current pair, 0-100", example = "54") Integer fromQuality,
        @Schema(description = "Quality of the run's pair, 0-100", example = "78") Integer toQuality) {
}
