package org.mentormatch.match;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One reason a match needs attention, and the day it arose. */
@Schema(name = "AttentionReason", description = "Why a published match needs a coordinator's attention")
public record AttentionReason(
        @Schema(example = "POOR_FIT") AttentionKind kind,
        @Schema(description = "The day the reason arose", example = "2026-01-20") LocalDate since,
        @Schema(description = "What raised it, in words", example = "MENTEE answered fit 2 for the round due 2026-01-15")
        String detail) {
}
