package org.mentormatch.profile;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.consent.Consent;

/** A mentor as the service returns it. */
@Schema(name = "Mentor", description = "A mentor profile of a cohort")
public record MentorResponse(
        @Schema(example = "9c2e4f6a-1b3d-4e5f-8a7b-6c5d4e3f2a1b") UUID id,
        @Schema(example = "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b") UUID cohortId,
        @Schema(example = "Mette Hansen") String displayName,
        @Schema(example = "mette@example.org") String email,
        @Schema(example = "2511") String field,
        @Schema(example = "7") Integer educationLevel,
        @Schema(example = "15") Integer yearsOfExperience,
        List<String> skills,
        List<String> interests,
        @Schema(example = "[\"da\", \"en\"]") List<String> languages,
        @Schema(example = "DK-84") String region,
        boolean remoteOk,
        @Schema(example = "DK") String homeCountry,
        @Schema(example = "Novo Nordisk") String employer,
        @Schema(example = "2") int capacity,
        @Schema(example = "[\"DK\", \"SE\"]") List<String> markets,
        @Schema(description = "The basis their data is processed on; absent when none was recorded") Consent consent,
        @Schema(description = "When and how often they can meet, in their own words (the participant may change it)")
        String availabilityNote,
        @Schema(description = "The day the participant left the programme; null while they take part") LocalDate withdrawnOn,
        @Schema(description = "Why they left") WithdrawalReason withdrawalReason,
        @Schema(description = "When their personal data was erased or its retention ran out; null until then. "
                + "An anonymised profile keeps only what statistics need and cannot be changed")
        OffsetDateTime anonymisedAt,
        @Schema(description = "Values of the programme's attributes, {key: value}", example = "{\"postingPhase\": \"RETURNED\", \"hasChildren\": true}")
        Map<String, Object> attributes,
        @Schema(description = "Changes with every update; send it back in If-Match as the ETag", example = "0") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) implements ProfileResponse {

    public static MentorResponse of(Mentor mentor) {
        return ProfileMapper.INSTANCE.toResponse(mentor);
    }
}
