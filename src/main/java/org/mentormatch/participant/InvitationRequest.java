package org.mentormatch.participant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How long an invitation's token is honoured; the body is optional. */
@Schema(name = "InvitationRequest", description = "How long the invitation stays valid")
public record InvitationRequest(
        @Min(1) @Max(365)
        @Schema(description = "Days the token is valid, 1-365; 30 if left out", example = "30", minimum = "1",
                maximum = "365")
        Integer validForDays) {

    private static final int DEFAULT_DAYS = 30;

    static Duration validFor(InvitationRequest request) {
        return Duration.ofDays(request == null || request.validForDays == null ? DEFAULT_DAYS : request.validForDays);
    }
}
