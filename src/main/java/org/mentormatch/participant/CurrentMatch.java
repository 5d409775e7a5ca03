package org.mentormatch.participant;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.match.Match;
import org.mentormatch.match.MatchStatus;
import org.mentormatch.profile.Profile;

/** A pair the participant is in now, and what they may know of the other side. */
@Schema(name = "CurrentMatch", description = "A live pair of the caller's and their counterpart")
public record CurrentMatch(
        @Schema(required = true, example = "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a") UUID id,
        @Schema(description = "ACCEPTED (decided, not yet announced) or PUBLISHED", required = true) MatchStatus status,
        @Schema(description = "When it was announced; absent until PUBLISHED", example = "2026-09-15T08:00:00Z")
        OffsetDateTime publishedAt,
        @Schema(required = true) Counterpart counterpart) {

    static CurrentMatch of(Match match, Profile other) {
        boolean published = match.status == MatchStatus.PUBLISHED;
        return new CurrentMatch(match.id, match.status, match.publishedAt, new Counterpart(other.displayName,
                other.field, other.languages, other.region, published ? other.email : null));
    }

    @Schema(name = "MatchCounterpart", description = "The other side of a pair, as a participant sees them")
    public record Counterpart(
            @Schema(required = true, example = "Mette Hansen") String displayName,
            @Schema(description = "ISCO-08 occupation code", required = true, example = "2511") String field,
            @Schema(example = "[\"da\", \"en\"]") List<String> languages,
            @Schema(example = "DK-84") String region,
            @Schema(description = "Only once the match is PUBLISHED", example = "mette@example.org") String email) {
    }
}
