package org.mentormatch.checkin;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A recorded meeting. */
@Schema(name = "CheckIn", description = "A recorded meeting of a pair")
public record CheckInResponse(
        UUID id,
        UUID matchId,
        @Schema(example = "2026-01-12") LocalDate date,
        @Schema(example = "60") int minutes,
        @Schema(example = "IN_PERSON") CheckInMode mode,
        @Schema(example = "[\"CV\"]") List<String> topics,
        @Schema(example = "Went through two job adverts together") String note,
        @Schema(description = "COORDINATOR, MENTEE or MENTOR", example = "MENTEE") String recordedAs,
        OffsetDateTime createdAt) {

    public static CheckInResponse of(CheckIn checkIn) {
        return new CheckInResponse(checkIn.id, checkIn.matchId, checkIn.metOn, checkIn.minutes, checkIn.mode,
                checkIn.topics, checkIn.note, checkIn.recordedAs, checkIn.createdAt);
    }
}
