package org.mentormatch.attribute;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One fact a programme collects about its mentees, its mentors or both. */
@Schema(name = "ProgrammeAttribute", description = "A fact the programme collects that the fixed profile has no field for")
public record ProgrammeAttribute(
        @NotNull @Pattern(regexp = KEY)
        @Schema(description = "Names the value in profiles (attributes.<key>) and in the policy's attributeCriteria; "
                + "a lower-case letter, then up to 39 letters or digits", example = "postingPhase", pattern = KEY,
                required = true)
        String key,
        @NotBlank @Size(max = 100)
        @Schema(description = "Shown to people and quoted in reasons", example = "Posting phase", maxLength = 100,
                required = true)
        String label,
        @NotNull
        @Schema(description = "CHOICE: one option. MULTI_CHOICE: several distinct options. NUMBER. BOOLEAN",
                example = "CHOICE", required = true)
        AttributeType type,
        @Size(max = MAX_OPTIONS)
        @Schema(description = "The values a CHOICE or MULTI_CHOICE takes, distinct, at least one; absent for NUMBER and "
                + "BOOLEAN", example = "[\"BEFORE_DEPARTURE\", \"ABROAD\", \"RETURNED\"]")
        List<@NotNull @Pattern(regexp = OPTION) String> options,
        @Schema(description = "Whose profiles hold it: MENTEE, MENTOR or BOTH (when absent). Only an attribute of BOTH "
                + "can be compared in the policy's attributeCriteria", example = "BOTH")
        AppliesTo appliesTo) {

    static final String KEY = "^[a-z][a-zA-Z0-9]{0,39}$";
    /** Letters, digits, spaces and _ . - (no ; or |, which separate list entries in a spreadsheet). */
    static final String OPTION = "^[A-Za-z0-9][A-Za-z0-9 _.-]{0,59}$";
    static final int MAX_OPTIONS = 50;

    /** Absent options as none, absent appliesTo as BOTH: the form the list is stored and shown in. */
    ProgrammeAttribute normalised() {
        return new ProgrammeAttribute(key, label.strip(), type, options == null ? List.of() : List.copyOf(options),
                appliesTo == null ? AppliesTo.BOTH : appliesTo);
    }
}
