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

/** What a coordinator sends to create or replace a mentee. */
@Schema(name = "MenteeRequest", description = "A mentee profile as a coordinator writes it")
public record MenteeRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "Name shown to coordinators", example = "Ana Lima", maxLength = 200, required = true)
        String displayName,
        @NotBlank @Email @Size(max = 320)
        @Schema(description = "Unique within the cohort's mentees; stored in lower case", example = "ana@example.org",
                maxLength = 320, required = true)
        String email,
        @NotNull @OccupationCode
        @Schema(description = "ISCO-08 occupation code, 1-4 digits", example = "2512", pattern = OccupationCode.PATTERN,
                required = true)
        String field,
        @Min(0) @Max(8)
        @Schema(description = "ISCED 2011 level of the highest education, 0-8", example = "6", minimum = "0", maximum = "8")
        Integer educationLevel,
        @Min(0) @Max(70)
        @Schema(description = "Years of professional experience", example = "4", minimum = "0", maximum = "70")
        Integer yearsOfExperience,
        @Size(max = 50)
        @Schema(description = "Up to 50 skills, each at most 100 characters; trimmed", example = "[\"Python\"]")
        List<@NotBlank @Size(max = 100) String> skills,
        @Size(max = 50)
        @Schema(description = "Up to 50 interests, each at most 100 characters; trimmed", example = "[\"Running\"]")
        List<@NotBlank @Size(max = 100) String> interests,
        @NotEmpty @Size(max = 50)
        @Schema(description = "ISO 639-1 codes of the languages they speak, at least one; stored in lower case",
                example = "[\"pt\", \"en\"]", required = true)
        List<@NotNull @IsoLanguage String> languages,
        @IsoRegion
        @Schema(description = "ISO 3166-2 subdivision they live in; stored in upper case", example = "DK-84")
        String region,
        @Schema(description = "Willing to meet online; false when absent", example = "false", defaultValue = "false")
        Boolean remoteOk,
        @IsoCountry
        @Schema(description = "ISO 3166-1 alpha-2 country they come from; stored in upper case", example = "BR")
        String homeCountry,
        @Size(max = 200)
        @Schema(description = "Where they work, if anywhere", maxLength = 200)
        String employer,
        @Valid
        @Schema(description = "What they hope for in a mentor; defaults when absent")
        MenteeWishes wishes,
        @Valid
        @Schema(description = "The basis their data is processed on, as recorded at intake; none when absent. A programme "
                + "with matchingBases matches only profiles whose basis it lists")
        Consent consent,
        @Size(max = 2000)
        @Schema(description = "When and how often they can meet, in their own words; the participant may change it "
                + "themselves (PATCH /me)", example = "Weekday evenings, every other week", maxLength = 2000)
        String availabilityNote,
        @Size(max = 30)
        @Schema(description = "Values of the programme's attributes (GET /programmes/{programmeId}/attributes) as "
                + "{key: value}: a CHOICE one of its options, a MULTI_CHOICE a list of distinct options, a NUMBER a "
                + "number, a BOOLEAN true or false; null or absent is no value. Refused (400 naming attributes.<key>) "
                + "for a key the programme has not, or whose attribute is not for mentees", maxProperties = 30, example = "{\"postingPhase\": \"ABROAD\"}")
        Map<String, Object> attributes) implements ProfileRequest<Mentee> {

    @Override
    public void applyTo(Mentee mentee) {
        applyCommonTo(mentee);
        MenteeWishes.apply(wishes, mentee);
    }
}
