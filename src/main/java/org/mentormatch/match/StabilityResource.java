package org.mentormatch.match;

import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
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

// The full path as the class root: a root of the cohort alone would shadow the cohort's other resources.
@Path("/programmes/{programmeId}/cohorts/{cohortId}/stability")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
public class StabilityResource {

    private final StabilityCheck stability;

    public StabilityResource(StabilityCheck stability) {
        this.stability = stability;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "getStabilityReport", summary = "Find pairs who would rather be together",
            description = "For the current (proposed, accepted and published) matches: every mentee and mentor who "
                    + "would both be better off with each other than with what they got, by the engine's pair quality, "
                    + "largest gain first. Rules and rejected pairs count; withdrawn participants do not.")
    @APIResponse(responseCode = "200", description = "The report",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StabilityReport.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public StabilityReport get(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId) {
        return stability.report(programmeId, cohortId);
    }
}
