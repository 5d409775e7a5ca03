package org.mentormatch.profile;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.profile.validation.IsoLanguage;
import org.mentormatch.profile.validation.OccupationCode;

/** What a mentee hopes for in a mentor; every part is optional. */
@Schema(name = "MenteeWishes", description = "What a mentee hopes for in a mentor")
public record MenteeWishes(
        @Size(max = 50)
        @Schema(description = "ISCO-08 occupation codes or prefixes (25 = any ICT professional)", example = "[\"25\", \"2421\"]")
        List<@NotNull @OccupationCode String> preferredFields,
        @Size(max = 50)
        @Schema(description = "ISO 639-1 codes; stored in lower case", example = "[\"en\"]")
        List<@NotNull @IsoLanguage String> preferredLanguages,
        @Schema(description = "How they would like to meet; EITHER when absent")
        MeetingMode meetingMode,
        @Size(max = 2000)
        @Schema(description = "Anything else the coordinator should know", example = "Would like to move into management",
                maxLength = 2000)
        String note) {

    /** Absent wishes, or absent parts of them, become the defaults. */
    static void apply(MenteeWishes wishes, Mentee mentee) {
        mentee.preferredFields = wishes == null ? List.of() : Normalise.entries(wishes.preferredFields);
        mentee.preferredLanguages = wishes == null ? List.of() : Normalise.lowerCodes(wishes.preferredLanguages);
        mentee.meetingMode = wishes == null || wishes.meetingMode == null ? MeetingMode.EITHER : wishes.meetingMode;
        mentee.wishNote = wishes == null ? null : Normalise.text(wishes.note);
    }
}
