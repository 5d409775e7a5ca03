package org.mentormatch.match;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Accept many proposals in one request. */
@Schema(name = "AcceptMatches", description = "The proposals to accept; all of them when matchIds is left out")
public record AcceptRequest(
        @Size(max = 10_000) @Schema(description = "Ids of PROPOSED matches; leave out to accept every proposal")
        List<@NotNull UUID> matchIds,
        @Size(max = 1000) @Schema(example = "Reviewed with the steering group") String reason) {
}
