package org.mentormatch.match;

import static org.mentormatch.api.ApiDefinition.CONFLICT;
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

/** A run's proposals against the cohort's matches, before a coordinator adopts them. */
@Path("/programmes/{programmeId}/cohorts/{cohortId}/match-runs/{runId}/diff")
@Tag(name = "Match runs")
@Produces(MediaType.APPLICATION_JSON)
public class RunDiffResource {

    private final RunDiff diff;

    public RunDiffResource(RunDiff diff) {
        this.diff = diff;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "diffMatchRun", summary = "Compare a run with the current matches",
            description = "What adopting would change: per mentee, pairs gained, lost and changed against the cohort's "
                    + "proposed, accepted and published matches, and the change in each quality metric.")
    @APIResponse(responseCode = "200", description = "The comparison",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunDiffResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public RunDiffResponse diff(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("runId") UUID runId) {
        return diff.diff(programmeId, cohortId, runId);
    }
}
