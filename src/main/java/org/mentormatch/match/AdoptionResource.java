package org.mentormatch.match;

import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentormatch.security.Roles;

/** A run proposes; adopting makes its proposals the cohort's matches under review. */
@Path("/programmes/{programmeId}/cohorts/{cohortId}/match-runs/{runId}/adopt")
@Tag(name = "Match runs")
@Produces(MediaType.APPLICATION_JSON)
public class AdoptionResource {

    private final ReviewService review;

    public AdoptionResource(ReviewService review) {
        this.review = review;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Consumes(MediaType.WILDCARD)
    @Operation(operationId = "adoptMatchRun", summary = "Adopt a run's proposals",
            description = "Replaces the cohort's undecided (PROPOSED) matches with the run's proposals; accepted and "
                    + "published matches stay, and rejected pairs are not proposed again.")
    @APIResponse(responseCode = "200", description = "Adopted",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AdoptionResult.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public AdoptionResult adopt(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("runId") UUID runId) {
        return review.adopt(programmeId, cohortId, runId);
    }
}
