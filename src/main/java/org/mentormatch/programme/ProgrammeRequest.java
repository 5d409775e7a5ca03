package org.mentormatch.programme;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

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
        Integer retentionDays) {

    static ProgrammeRequest of(Programme programme) {
        return new ProgrammeRequest(programme.name, programme.description, programme.retentionDays);
    }

    void applyTo(Programme programme) {
        programme.name = name.strip();
        programme.description = description;
        programme.retentionDays = retentionDays == null ? Programme.DEFAULT_RETENTION_DAYS : retentionDays;
    }
}
