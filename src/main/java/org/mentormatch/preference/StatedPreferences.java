package org.mentormatch.preference;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One person's stated choices as they are read and written: a mentee's {@code ranked}, a mentor's {@code accepts}
 * and {@code declines}; the other side's lists are absent. {@code version} is ignored on input (use If-Match).
 */
@Schema(name = "StatedPreferences", description = "Whom a mentee would like as mentor (ranked, first choice first), "
        + "or whom a mentor accepts and declines. The matching policy's statedPreferences criterion weighs them.")
public record StatedPreferences(
        @Size(max = PreferenceService.MAX_RANKED)
        @Schema(description = "A mentee's choice of mentors of the same cohort, first choice first, each at most "
                + "once; at most " + PreferenceService.MAX_RANKED + ". Only for a mentee",
                example = "[\"0b8e2d4e-3a51-4f0c-9a57-2f3d1c6e7a10\", \"5f1c9b7a-8d2e-4c3b-a1f0-6e7d8c9b0a12\"]")
        List<@NotNull UUID> ranked,
        @Size(max = PreferenceService.MAX_LISTED)
        @Schema(description = "Mentees of the same cohort the mentor accepts; when not empty, no other mentee is "
                + "matched with them where the criterion is MUST. Only for a mentor",
                example = "[\"7c2e4f6a-1b3d-4e5f-8a9b-0c1d2e3f4a5b\"]")
        List<@NotNull UUID> accepts,
        @Size(max = PreferenceService.MAX_LISTED)
        @Schema(description = "Mentees of the same cohort the mentor declines; none may also be in accepts. Only for "
                + "a mentor", example = "[\"9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d\"]")
        List<@NotNull UUID> declines,
        @Schema(description = "Changes with every update; also sent as the ETag. 0 while nothing is stated",
                readOnly = true, example = "1")
        Long version) {

    static StatedPreferences ofMentee(List<UUID> ranked, long version) {
        return new StatedPreferences(List.copyOf(ranked), null, null, version);
    }

    static StatedPreferences ofMentor(List<UUID> accepts, List<UUID> declines, long version) {
        return new StatedPreferences(null, List.copyOf(accepts), List.copyOf(declines), version);
    }
}
