package org.mentormatch.match;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mentee and a mentor who would both rather be with each other than with what they got. */
@Schema(name = "BlockingPair", description = "A mentee and a mentor who would both be better off together, by the "
        + "mentee's stated ranking where it decides and otherwise the engine's pair quality, than with their current "
        + "matches")
public record BlockingPair(
        UUID menteeId,
        @Schema(example = "Li Wei") String menteeName,
        UUID mentorId,
        @Schema(example = "Søren Holm") String mentorName,
        @Schema(description = "Quality of the two together, 0-100", example = "82") int quality,
        @Schema(description = "The mentee's current mentor; null when the mentee is unmatched") UUID currentMentorId,
        @Schema(example = "Mette Jensen") String currentMentorName,
        @Schema(description = "Quality of the mentee's current pair; null when unmatched", example = "51") Integer currentQuality,
        @Schema(description = "True when the mentor has room for another mentee; the worst-mentee fields are then null")
        boolean mentorHasSpareCapacity,
        @Schema(description = "The mentor's weakest current mentee") UUID mentorWorstMenteeId,
        @Schema(example = "Ana Lima") String mentorWorstMenteeName,
        @Schema(description = "Quality of the mentor's weakest current pair", example = "47") Integer mentorWorstQuality,
        @Schema(description = "Quality points both sides gain together (an empty place counts as 0)", example = "66") int gain,
        @Schema(example = "Li Wei would score 82 with Søren Holm, above the 51 of the pair with Mette Jensen, and Søren "
                + "Holm's weakest pair, with Ana Lima, scores only 47.") String explanation) {
}
