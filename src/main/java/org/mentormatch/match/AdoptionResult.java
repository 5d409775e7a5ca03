package org.mentormatch.match;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Adoption", description = "What adopting a run changed in the cohort's proposals")
public record AdoptionResult(
        UUID runId,
        @Schema(description = "Proposals created from the run", example = "61") int adopted,
        @Schema(description = "Earlier undecided proposals replaced", example = "0") int replaced) {
}
