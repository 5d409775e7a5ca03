package org.mentormatch.privacy;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The other side of a pair the person is in. */
@Schema(name = "Counterpart", description = "The mentor or mentee on the other side of a pair")
public record Counterpart(
        @Schema(example = "c2d4e6f8-1a3b-4c5d-9e7f-0a2b4c6d8e1f") UUID id,
        @Schema(example = "Mette Jensen") String displayName) {
}
