package org.mentormatch.matchrun;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One mentee's proposed mentor, or none, with the reasons. */
@Schema(name = "Proposal", description = "The mentor a run proposes for a mentee, or none, and why")
public record ProposalResponse(
        UUID menteeId,
        @Schema(example = "Li Wei") String menteeName,
        @Schema(description = "Null when the mentee is left unmatched") UUID mentorId,
        @Schema(example = "Mette Jensen") String mentorName,
        @Schema(description = "Pair quality 0-100; null when unmatched", example = "78") Integer quality,
        @Schema(description = "The constraints that raised or lowered this proposal, strongest first; an unmatched "
                + "mentee's reasons say why no mentor was found") List<Reason> reasons) {

    /** The proposal with its two names, from the display names of the run's cohort. */
    public static ProposalResponse of(MatchProposal proposal, Map<UUID, String> names) {
        return new ProposalResponse(proposal.menteeId, names.get(proposal.menteeId), proposal.mentorId,
                proposal.mentorId == null ? null : names.get(proposal.mentorId), proposal.quality, proposal.reasons);
    }
}
