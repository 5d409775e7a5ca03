package org.mentormatch.profile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.consent.Consent;

/** A mentee as the service returns it. */
@Schema(name = "Mentee", description = "A mentee profile of a cohort")
public record MenteeResponse(
        @Schema(example = "4a3b2c1d-5e6f-4a7b-8c9d-0e1f2a3b4c5d") UUID id,
        @Schema(example = "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b") UUID cohortId,
        @Schema(example = "Ana Lima") String displayName,
        @Schema(example = "ana@example.org") String email,
        @Schema(example = "2512") String field,
        @Schema(example = "6") Integer educationLevel,
        @Schema(example = "4") Integer yearsOfExperience,
        List<String> skills,
        List<String> interests,
        @Schema(example = "[\"pt\", \"en\"]") List<String> languages,
        @Schema(example = "DK-84") String region,
        boolean remoteOk,
        @Schema(example = "BR") String homeCountry,
        String employer,
        MenteeWishes wishes,
        @Schema(description = "The basis their data is processed on; absent when none was recorded") Consent consent,
        @Schema(description = "When and how often they can meet, in their own words (the participant may change it)")
        String availabilityNote,
        @Schema(description = "The day the participant left the programme; null while they take part") LocalDate withdrawnOn,
        @Schema(description = "Why they left") WithdrawalReason withdrawalReason,
        @Schema(description = "When their personal data was erased or its retention ran out; null until then. "
                + "An anonymised profile keeps only what statistics need and cannot be changed")
        OffsetDateTime anonymisedAt,
        @Schema(description = "Values of the programme's attributes, {key: value}", example = "{\"postingPhase\": \"ABROAD\"}")
        Map<String, Object> attributes,
        @Schema(description = "Changes with every update; send it back in If-Match as the ETag", example = "0") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements ProfileResponse {

    public static MenteeResponse of(Mentee mentee) {
        return ProfileMapper.INSTANCE.toResponse(mentee);
    }
}
