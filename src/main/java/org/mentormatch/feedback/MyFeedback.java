package org.mentormatch.feedback;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A participant's own feedback: what they answered and what they still owe. */
@Schema(name = "MyFeedback", description = "The caller's answers and their rounds due and unanswered")
public record MyFeedback(
        @Schema(description = "Their current match; null when they have none") UUID matchId,
        @Schema(description = "Their side's answers, newest round first") List<FeedbackResponse> answers,
        @Schema(description = "Their side's rounds due and unanswered, oldest first") List<DueFeedback> due) {
}
