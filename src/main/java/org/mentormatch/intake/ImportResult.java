package org.mentormatch.intake;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What an import did, or with a dry run would do, to the cohort's profiles. */
@Schema(name = "ImportResult", description = "How many rows created, updated or left unchanged a profile")
public record ImportResult(
        @Schema(description = "True when nothing was written (dryRun=true)", example = "false")
        boolean dryRun,
        @Schema(description = "Rows whose e-mail was new to the cohort", example = "12")
        int created,
        @Schema(description = "Rows that changed the profile with their e-mail", example = "3")
        int updated,
        @Schema(description = "Rows identical to the profile with their e-mail", example = "85")
        int unchanged) {
}
