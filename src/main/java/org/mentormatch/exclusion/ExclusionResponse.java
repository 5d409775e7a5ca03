package org.mentormatch.exclusion;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An exclusion as the service returns it. Exclusions are never changed, only deleted. */
@Schema(name = "Exclusion", description = "A mentee and a mentor who must never be matched")
public record ExclusionResponse(
        @Schema(example = "0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b") UUID id,
        @Schema(example = "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b") UUID cohortId,
        @Schema(example = "5b0e7c1a-9d4f-4a2b-8e6c-1f3a5d7b9c2e") UUID menteeId,
        @Schema(example = "c2d4e6f8-1a3b-4c5d-9e7f-0a2b4c6d8e1f") UUID mentorId,
        @Schema(example = "They are colleagues") String reason,
        OffsetDateTime createdAt) {

    public static ExclusionResponse of(Exclusion exclusion) {
        return new ExclusionResponse(exclusion.id, exclusion.cohortId, exclusion.menteeId, exclusion.mentorId,
                exclusion.reason, exclusion.createdAt);
    }
}
