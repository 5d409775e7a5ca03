package org.mentormatch.cohort;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort as the service returns it. */
@Schema(name = "Cohort", description = "One yearly intake of a programme")
public record CohortResponse(
        @Schema(example = "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b") UUID id,
        @Schema(example = "3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00") UUID programmeId,
        @Schema(example = "2025/26") String name,
        @Schema(example = "2025-09-01") LocalDate startsOn,
        @Schema(example = "2026-08-31") LocalDate endsOn,
        CohortStatus status,
        @Schema(description = "Changes with every update; send it back in If-Match as the ETag", example = "0") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    public static CohortResponse of(Cohort cohort) {
        return new CohortResponse(cohort.id, cohort.programmeId, cohort.name, cohort.startsOn, cohort.endsOn,
                cohort.status, cohort.version, cohort.createdAt, cohort.updatedAt);
    }
}
