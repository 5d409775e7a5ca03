package org.mentormatch.privacy;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an erasure did; all zero when the programme held nothing about the address. */
@Schema(name = "ErasureResult", description = "What an erasure did")
public record ErasureResult(
        @Schema(description = "Profiles anonymised", example = "1") int profilesAnonymised,
        @Schema(description = "Open matches ended (their participants left the programme)", example = "1") int matchesEnded,
        @Schema(description = "Values in the programme's notes, reasons and audit trail that quoted the address, now "
                + "erased from them", example = "2") int freeTextErased,
        @Schema(description = "Each profile anonymised") List<ErasedProfile> profiles) {

    @Schema(name = "ErasedProfile", description = "A profile that was anonymised; its id, cohort and statistics stay")
    public record ErasedProfile(UUID id, ParticipantRole role, UUID cohortId, List<UUID> endedMatchIds) {
    }
}
