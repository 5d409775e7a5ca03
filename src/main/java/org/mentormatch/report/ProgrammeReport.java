package org.mentormatch.report;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "ProgrammeReport", description = "A programme's cohorts side by side, each with the figures of its "
        + "own report")
public record ProgrammeReport(
        @Schema(example = "2f6a8c0e-4b1d-4e3f-9a5c-7d9e1f3b5a7c") UUID programmeId,
        @Schema(description = "By start date") List<CohortReport> cohorts) {
}
