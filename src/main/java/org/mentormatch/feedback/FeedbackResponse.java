package org.mentormatch.feedback;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.attention.Side;

/** A recorded answer. */
@Schema(name = "Feedback", description = "One side's answer to one feedback round")
public record FeedbackResponse(
        UUID id,
        UUID matchId,
        @Schema(example = "MENTEE") Side side,
        @Schema(description = "The round answered: the day it fell due (or falls due, when answered early)",
                example = "2025-10-20") LocalDate dueOn,
        @Schema(example = "4") int fit,
        @JsonProperty("continue") @Schema(name = "continue", example = "true") boolean continuePair,
        @Schema(example = "We meet every month; very helpful") String comment,
        OffsetDateTime answeredAt) {

    public static FeedbackResponse of(Feedback feedback) {
        return new FeedbackResponse(feedback.id, feedback.matchId, feedback.side, feedback.dueOn, feedback.fit,
                feedback.continuePair, feedback.comment, feedback.answeredAt);
    }
}
