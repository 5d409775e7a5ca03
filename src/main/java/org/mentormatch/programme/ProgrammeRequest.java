package org.mentormatch.programme;

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
        String description) {

    static ProgrammeRequest of(Programme programme) {
        return new ProgrammeRequest(programme.name, programme.description);
    }

    void applyTo(Programme programme) {
        programme.name = name.strip();
        programme.description = description;
    }
}
