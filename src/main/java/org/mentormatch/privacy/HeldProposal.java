package org.mentormatch.privacy;

import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.matchrun.ProposalResponse;

@Schema(name = "HeldProposal", description = "What a match run proposed for or with the person, and why")
public record HeldProposal(
        @Schema(description = "The run that proposed it") UUID runId,
        ProposalResponse proposal) {
}
