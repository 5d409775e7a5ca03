package org.mentormatch.match;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.profile.WithdrawalReason;

/** A participant leaving the programme during the year. */
@Schema(name = "Withdrawal", description = "A participant leaving the programme: their matches end")
public record WithdrawalRequest(
        @NotNull @Schema(required = true, example = "MOVED_AWAY") WithdrawalReason reason,
        @Schema(description = "The day they left; today when left out", example = "2026-02-01") LocalDate date,
        @Size(max = 900) @Schema(description = "At most 900 characters", example = "Family moved to Singapore") String note) {
}
