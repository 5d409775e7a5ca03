package org.mentormatch.feedback;

import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.attention.Side;

/** A round a side has not answered. */
@Schema(name = "DueFeedback", description = "A feedback round that fell due and one side has not answered")
public record DueFeedback(
        UUID matchId,
        @Schema(example = "MENTOR") Side side,
        @Schema(example = "2025-10-20") LocalDate dueOn,
        @Schema(description = "Days since it fell due (0 on the day); from 14 the match needs attention "
                + "(FEEDBACK_OVERDUE)", example = "3") long overdueDays) {
}
