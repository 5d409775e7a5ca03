package org.mentormatch.participant;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.consent.Consent;
import org.mentormatch.profile.MenteeWishes;

/** A participant's own profile as they see it, with the pairs they are in now. */
@Schema(name = "Me", description = "The caller's own profile and current matches")
public record MeResponse(
        @Schema(description = "Which side they are on", required = true) Side kind,
        @Schema(required = true, example = "4a3b2c1d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(required = true, example = "3f1c2a4e-8d2b-4c1e-9a57-2b8e6f0d1c3a") UUID programmeId,
        @Schema(required = true, example = "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b") UUID cohortId,
        @Schema(required = true, example = "Ana Lima") String displayName,
        @Schema(required = true, example = "ana@example.org") String email,
        @Schema(description = "ISCO-08 occupation code", required = true, example = "2512") String field,
        @Schema(example = "[\"Python\"]") List<String> skills,
        @Schema(description = "They may change these (PATCH /me)", example = "[\"Running\"]") List<String> interests,
        @Schema(example = "[\"pt\", \"en\"]") List<String> languages,
        @Schema(example = "DK-84") String region,
        @Schema(description = "A mentee's wishes for a mentor, which they may change (PATCH /me); absent for a mentor")
        MenteeWishes wishes,
        @Schema(description = "When and how often they can meet; they may change it (PATCH /me)",
                example = "Weekday evenings, every other week")
        String availabilityNote,
        @Schema(description = "The basis their data is processed on; absent when none was recorded") Consent consent,
        @Schema(description = "The day they left the programme; absent while they take part") LocalDate withdrawnOn,
        @Schema(description = "Values of the programme's attributes, {key: value}; the coordinator's record, read-only here",
                example = "{\"postingPhase\": \"ABROAD\"}")
        Map<String, Object> attributes,
        @Schema(description = "Send it back in If-Match as the ETag", required = true, example = "3") long version,
        @Schema(description = "Their ACCEPTED or PUBLISHED matches (a mentor may have several); absent when none")
        List<CurrentMatch> matches) {

    public enum Side {
        MENTEE,
        MENTOR
    }
}
