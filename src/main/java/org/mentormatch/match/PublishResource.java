package org.mentormatch.match;

import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
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

@Path("/programmes/{programmeId}/cohorts/{cohortId}/publish")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class PublishResource {

    private final ReviewService review;

    public PublishResource(ReviewService review) {
        this.review = review;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "publishCohort", summary = "Publish the cohort's accepted matches",
            description = "In one transaction ACCEPTED matches become PUBLISHED and the cohort PUBLISHED. Refused "
                    + "while a run is solving or while proposals are undecided (the problem says which).")
    @APIResponse(responseCode = "200", description = "Published",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PublishResult.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public PublishResult publish(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId) {
        return review.publish(programmeId, cohortId);
    }
}
