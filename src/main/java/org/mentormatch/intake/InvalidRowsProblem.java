package org.mentormatch.intake;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The contract's shape of a refused import (422), as api.RefusalMapper writes a {@link SheetRefused#invalid} refusal. */
@Schema(name = "InvalidRowsProblem", description = "An import refused because cells are invalid; nothing was written")
record InvalidRowsProblem(
        @Schema(example = "https://mentor-match.org/problems/invalid-rows") String type,
        @Schema(example = "Unprocessable Content") String title,
        @Schema(example = "422") int status,
        @Schema(example = "3 invalid cells; nothing was imported") String detail,
        String instance,
        @Schema(description = "Every invalid cell, row by row, at most 1,000") List<RowError> errors,
        @Schema(description = "How many invalid cells there are in all", example = "3") int total) {
}
