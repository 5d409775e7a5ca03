package org.mentormatch.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.consent.ConsentBasis;

/** What a coordinator sends to create or replace a programme. */
@Schema(name = "ProgrammeRequest", description = "A programme as a coordinator writes it")
public record ProgrammeRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "The programme's name", example = "Spouse Mentoring Copenhagen", maxLength = 200, required = true)
        String name,
        @Size(max = 2000)
        @Schema(description = "What the programme is for", example = "One-year mentoring for spouses of international employees", maxLength = 2000)
        String description,
        @Min(Programme.MIN_RETENTION_DAYS) @Max(Programme.MAX_RETENTION_DAYS)
        @Schema(description = "Days after a cohort ends until its participants' profiles are anonymised (30-3650); "
                + "365 when absent", example = "365", minimum = "30", maximum = "3650", defaultValue = "365")
        Integer retentionDays,
        @Size(max = 4)
        @Schema(description = "The consent bases a profile must be recorded on to be matched; a match run leaves out "
                + "everyone else. Empty or absent: consent is not required and every profile may be matched",
                example = "[\"CONSENT\", \"CONTRACT\"]")
        List<@NotNull ConsentBasis> matchingBases,
        @Schema(description = "The kind of programme; its preset is the matching policy every cohort starts from "
                + "until a coordinator sets one. MENTORING when absent. Fixed once the programme exists: a change "
                + "may repeat it or leave it out, another type is refused (409)", example = "WORKPLACE_MENTORING")
        ProgrammeType type) {

    static ProgrammeRequest of(Programme programme) {
        return new ProgrammeRequest(programme.name, programme.description, programme.retentionDays,
                bases(programme.matchingBases), programme.type);
    }

    /** The stored names as bases, in declaration order. */
    static List<ConsentBasis> bases(List<String> names) {
        return names.stream().map(ConsentBasis::valueOf).sorted().toList();
    }

    /** The type a new programme is given. */
    ProgrammeType typeOrDefault() {
        return type == null ? ProgrammeType.MENTORING : type;
    }

    /** Writes every field but the type, which only a new programme takes (see {@link #typeOrDefault()}). */
    void applyTo(Programme programme) {
        programme.name = name.strip();
        programme.description = description;
        programme.retentionDays = retentionDays == null ? Programme.DEFAULT_RETENTION_DAYS : retentionDays;
        programme.matchingBases = matchingBases == null ? List.of()
                : matchingBases.stream().distinct().sorted().map(ConsentBasis::name).toList();
    }
}
