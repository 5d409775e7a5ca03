package org.mentormatch.privacy;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a subject access or portability request: everything one programme holds about one person. */
@Schema(name = "PersonalDataExport", description = "Everything a programme holds about one person")
public record PersonalDataExport(
        UUID programmeId,
        OffsetDateTime exportedAt,
        @Schema(description = "Every mentor and mentee profile with the address in the programme's cohorts; empty "
                + "when it holds none, which is also an answer to the request") List<HeldProfile> profiles) {
}
