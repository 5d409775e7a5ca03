package org.mentormatch.match;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.profile.WithdrawalReason;

@Schema(name = "WithdrawalResult", description = "Who left, and the matches that ended with it")
public record WithdrawalResult(
        UUID participantId,
        LocalDate withdrawnOn,
        WithdrawalReason reason,
        @Schema(description = "Matches ended; their mentees (or the mentor's capacity) are open again") List<UUID> endedMatchIds) {
}
