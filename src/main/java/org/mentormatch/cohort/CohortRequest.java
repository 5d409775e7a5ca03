package org.mentormatch.cohort;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a coordinator sends to create or replace a cohort. */
@EndsAfterStart
@Schema(name = "CohortRequest", description = "A cohort as a coordinator writes it")
public record CohortRequest(
        @NotBlank @Size(max = 200)
        @Schema(description = "The cohort's name", example = "2025/26", maxLength = 200, required = true)
        String name,
        @NotNull @InCalendar
        @Schema(description = "First day of the programme year", example = "2025-09-01", required = true)
        LocalDate startsOn,
        @NotNull @InCalendar
        @Schema(description = "Last day of the programme year; after startsOn", example = "2026-08-31", required = true)
        LocalDate endsOn) {

    static CohortRequest of(Cohort cohort) {
        return new CohortRequest(cohort.name, cohort.startsOn, cohort.endsOn);
    }

    void applyTo(Cohort cohort) {
        cohort.name = name.strip();
        cohort.startsOn = startsOn;
        cohort.endsOn = endsOn;
    }
}
