package org.mentormatch.demo;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many profiles a demo-data load added. */
@Schema(name = "DemoDataResult", description = "How many made-up profiles were added to the cohort")
public record DemoDataResponse(
        @Schema(example = "60") int mentorsCreated,
        @Schema(example = "65") int menteesCreated) {
}
