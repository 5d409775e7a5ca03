package org.mentormatch.programme;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.consent.ConsentBasis;

/** A programme as the service returns it. */
@Schema(name = "Programme", description = "A mentoring programme")
public record ProgrammeResponse(
        @Schema(example = "3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00") UUID id,
        @Schema(example = "Spouse Mentoring Copenhagen") String name,
        @Schema(example = "One-year mentoring for spouses of international employees") String description,
        @Schema(description = "Days after a cohort ends until its participants' profiles are anonymised", example = "365")
        int retentionDays,
        @Schema(description = "The consent bases a profile must be recorded on to be matched; empty when consent is not "
                + "required", example = "[\"CONSENT\", \"CONTRACT\"]")
        List<ConsentBasis> matchingBases,
        @Schema(description = "The kind of programme, fixed at creation; its preset is the matching policy a cohort "
                + "has until a coordinator sets one", example = "WORKPLACE_MENTORING")
        ProgrammeType type,
        @Schema(description = "Changes with every update; send it back in If-Match as the ETag", example = "0") long version,
        OffsetDateTime createdAt,
        OffsetDateTime updatedAt) {

    static ProgrammeResponse of(Programme programme) {
        return new ProgrammeResponse(programme.id, programme.name, programme.description, programme.retentionDays,
                ProgrammeRequest.bases(programme.matchingBases), programme.type,
                programme.version, programme.createdAt, programme.updatedAt);
    }
}
