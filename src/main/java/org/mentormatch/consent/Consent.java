package org.mentormatch.consent;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PastOrPresent;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** On which basis a participant's data is processed, and which text they agreed to when. */
@Schema(name = "Consent", description = "The basis the participant's data is processed on, recorded at intake")
public record Consent(
        @NotNull
        @Schema(description = "The lawful basis; whether a profile on it may be matched is the programme's "
                + "matchingBases", example = "CONSENT", required = true)
        ConsentBasis basis,
        @Size(max = 50)
        @Schema(description = "Which version of the consent text or terms the participant was shown", example = "2026-01",
                maxLength = 50)
        String version,
        @PastOrPresent
        @Schema(description = "When the participant gave it; not in the future; stored in UTC",
                example = "2026-01-15T09:30:00Z")
        OffsetDateTime givenAt) {

    /**
     * The same consent as the database gives it back: in UTC and to the microsecond, so that an unchanged
     * profile written again (an import of its own export) compares equal.
     */
    public Consent {
        givenAt = givenAt == null ? null : givenAt.withOffsetSameInstant(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
