package org.mentormatch.profile;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.consent.Consent;
import org.mentormatch.profile.validation.IsoCountry;
import org.mentormatch.profile.validation.IsoLanguage;
import org.mentormatch.profile.validation.IsoRegion;
import org.mentormatch.profile.validation.OccupationCode;

/** What a coordinator sends to create or replace a mentor. */
@Schema(name = "MentorRequest", description = "A mentor profile as a coordinator writes it")
public record MentorRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name shown to coordinators", example = "Mette Hansen", maxLength = 200, required = true)
        String displayName,
        @NotBlank @Email @Size(max = 320)
        @Schema(description = "Unique within the cohort's mentors; stored in lower case", example = "mette@example.org",
                maxLength = 320, required = true)
        String email,
        @NotNull @OccupationCode
        @Schema(description = "ISCO-08 occupation code, 1-4 digits", example = "2511", pattern = OccupationCode.PATTERN,
                required = true)
        String field,
        @Min(0) @Max(8)
        @Schema(description = "ISCED 2011 level of the highest education, 0-8", example = "7", minimum = "0", maximum = "8")
        Integer educationLevel,
        @Min(0) @Max(70)
        @Schema(description = "Years of professional experience", example = "15", minimum = "0", maximum = "70")
        Integer yearsOfExperience,
        @Size(max = 50)
        @Schema(description = "Up to 50 skills, each at most 100 characters; trimmed", example = "[\"Java\", \"Hiring\"]")
        List<@NotBlank @Size(max = 100) String> skills,
        @Size(max = 50)
        @Schema(description = "Up to 50 interests, each at most 100 characters; trimmed", example = "[\"Sailing\"]")
        List<@NotBlank @Size(max = 100) String> interests,
        @NotEmpty @Size(max = 50)
        @Schema(description = "ISO 639-1 codes of the languages they speak, at least one; stored in lower case",
                example = "[\"da\", \"en\"]", required = true)
        List<@NotNull @IsoLanguage String> languages,
        @IsoRegion
        @Schema(description = "ISO 3166-2 subdivision they live in; stored in upper case", example = "DK-84")
        String region,
        @Schema(description = "Willing to meet online; false when absent", example = "true", defaultValue = "false")
        Boolean remoteOk,
        @IsoCountry
        @Schema(description = "ISO 3166-1 alpha-2 country they come from; stored in upper case", example = "DK")
        String homeCountry,
        @Size(max = 200)
        @Schema(description = "Where they work", example = "Novo Nordisk", maxLength = 200)
        String employer,
        @Min(1) @Max(20)
        @Schema(description = "How many mentees they take on, 1-20; 1 when absent", example = "2", minimum = "1",
                maximum = "20", defaultValue = "1")
        Integer capacity,
        @Size(max = 50)
        @Schema(description = "ISO 3166-1 alpha-2 codes of the labour markets they know; stored in upper case",
                example = "[\"DK\", \"SE\"]")
        List<@NotNull @IsoCountry String> markets,
        @Valid
        @Schema(description = "The basis their data is processed on, as recorded at intake; none when absent. A programme "
                + "with matchingBases matches only profiles whose basis it lists")
        Consent consent,
        @Size(max = 2000)
        @Schema(description = "When and how often they can meet, in their own words; the participant may change it "
                + "themselves (PATCH /me)", example = "Mornings before 9, once a month", maxLength = 2000)
        String availabilityNote,
        @Size(max = 30)
        @Schema(description = "Values of the programme's attributes (GET /programmes/{programmeId}/attributes) as "
                + "{key: value}: a CHOICE one of its options, a MULTI_CHOICE a list of distinct options, a NUMBER a "
                + "number, a BOOLEAN true or false; null or absent is no value. Refused (400 naming attributes.<key>) "
                + "for a key the programme has not, or whose attribute is not for mentors", maxProperties = 30, example = "{\"postingPhase\": \"RETURNED\", \"hasChildren\": true}")
        Map<String, Object> attributes) implements ProfileRequest<Mentor> {

    @Override
    public void applyTo(Mentor mentor) {
        applyCommonTo(mentor);
        mentor.capacity = capacity == null ? 1 : capacity;
        mentor.markets = Normalise.upperCodes(markets);
    }
}
