package org.mentormatch.match;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Publication", description = "What publishing the cohort did")
public record PublishResult(
        @Schema(description = "Accepted matches published now", example = "58") int published,
        @Schema(description = "Published matches in the cohort in all", example = "58") int totalPublished) {
}
