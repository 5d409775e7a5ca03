package org.mentormatch.match;

import java.time.LocalDate;
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
        OffsetDateTime createdAt,
        @Schema(description = "When it was published; the year's feedback rounds count from here") OffsetDateTime publishedAt,
        @Schema(description = "The day of its latest check-in; null before the first", example = "2026-01-12") LocalDate lastCheckInOn,
        @Schema(description = "How many check-ins are recorded", example = "4") long checkIns,
        @Schema(description = "Why it needs a coordinator's attention now; empty when it does not") List<AttentionReason> attention) {

    /** A match with nothing recorded after publication: what every match is before it is published. */
    public static MatchResponse of(Match match) {
        return of(match, FollowUp.NONE);
    }

    public static MatchResponse of(Match match, FollowUp followUp) {
        return new MatchResponse(match.id, match.menteeId, match.mentorId, match.status, match.source, match.runId,
                match.quality, match.reasons, match.decidedBy, match.decidedAt, match.decisionReason,
                match.overrideReason, match.version, match.createdAt, match.publishedAt, followUp.lastCheckInOn(),
                followUp.checkIns(), followUp.attention());
    }
}
