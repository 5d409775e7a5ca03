package org.mentormatch.match;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The blocking pairs of a cohort's current matches, the strongest first. */
@Schema(name = "StabilityReport", description = "Whether the current matches are stable: no mentee and mentor would "
        + "both be better off with each other. A mentee prefers by their stated ranking where it names either mentor, "
        + "else by pair quality; a mentor never prefers a mentee they declined or did not accept, else by quality. Lists the blocking pairs by gain, at most " + StabilityCheck.MAX_LISTED)
public record StabilityReport(
        @Schema(description = "True when there is no blocking pair") boolean stable,
        @Schema(description = "Current (proposed, accepted and published) matches judged", example = "63") int currentMatches,
        @Schema(description = "Blocking pairs in all, listed or not", example = "4") long blockingPairs,
        @Schema(description = "Mentees in at least one blocking pair", example = "3") int menteesInvolved,
        @Schema(description = "Mentors in at least one blocking pair", example = "2") int mentorsInvolved,
        @Schema(description = "True when more blocking pairs exist than are listed") boolean truncated,
        List<BlockingPair> pairs) {
}
