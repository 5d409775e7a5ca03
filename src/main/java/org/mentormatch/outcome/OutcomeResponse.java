package org.mentormatch.outcome;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An outcome as the service returns it. */
@Schema(name = "Outcome", description = "Something a mentee achieved. Once the mentee's data is erased or its "
        + "retention ends, only type, date, viaMentorNetwork and the 2-digit ISCO-08 group remain")
public record OutcomeResponse(
        @Schema(example = "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c") UUID id,
        @Schema(example = "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b") UUID cohortId,
        @Schema(example = "5b0e7c1a-9d4f-4a2b-8e6c-1f3a5d7b9c2e") UUID menteeId,
        @Schema(example = "JOB") OutcomeType type,
        @Schema(example = "2026-03-01") LocalDate date,
        @Schema(description = "ISCO-08 code, 1 to 4 digits", example = "2512") String occupation,
        @Schema(example = "true") boolean viaMentorNetwork,
        @Schema(example = "Junior developer at a logistics company") String note,
        @Schema(description = "Who recorded it", example = "anna@example.org") String recordedBy,
        OffsetDateTime createdAt) {

    public static OutcomeResponse of(Outcome outcome) {
        return new OutcomeResponse(outcome.id, outcome.cohortId, outcome.menteeId, outcome.type, outcome.achievedOn,
                outcome.occupation, outcome.viaMentorNetwork, outcome.note, outcome.recordedBy, outcome.createdAt);
    }
}
