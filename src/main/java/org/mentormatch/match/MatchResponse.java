package org.mentormatch.match;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.matchrun.Reason;

/** A match as the service returns it. */
@Schema(name = "Match", description = "A pair in the cohort's review, and the decision on it")
public record MatchResponse(
        UUID id,
        UUID menteeId,
        UUID mentorId,
        MatchStatus status,
        MatchSource source,
        @Schema(description = "The run that proposed it; null for a hand match") UUID runId,
        @Schema(description = "Pair quality 0-100 from the engine", example = "78") Integer quality,
        @Schema(description = "Why the engine proposed it") List<Reason> reasons,
        @Schema(description = "Who took the last decision", example = "coordinator@programme.dk") String decidedBy,
        OffsetDateTime decidedAt,
        @Schema(example = "They met at the kick-off") String decisionReason,
        @Schema(description = "Why a coordinator made this pair although it breaks a rule") String overrideReason,
        @Schema(description = "Changes with every decision; send it back in If-Match as the ETag", example = "0") long version,
        OffsetDateTime createdAt) {

    public static MatchResponse of(Match match) {
        return new MatchResponse(match.id, match.menteeId, match.mentorId, match.status, match.source, match.runId,
                match.quality, match.reasons, match.decidedBy, match.decidedAt, match.decisionReason,
                match.overrideReason, match.version, match.createdAt);
    }
}
