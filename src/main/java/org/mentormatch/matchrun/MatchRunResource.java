package org.mentormatch.matchrun;

import org.mentormatch.api.idempotency.Idempotent;
import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/match-runs")
@Tag(name = "Match runs")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchRunResource {

    private static final int MAX_PROPOSALS_PER_PAGE = 1000;

    private final MatchRunService runs;

    public MatchRunResource(MatchRunService runs) {
        this.runs = runs;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "startMatchRun", summary = "Start a batch match of the cohort",
            description = "Answers at once; follow the run at its Location until it is COMPLETED, then read its "
                    + "proposals. One active run per cohort.")
    @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "run", value = Examples.RUN)))
    @APIResponse(responseCode = "202", description = "Queued",
            headers = @Header(name = "Location", description = "URL of the run", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<RunResponse> start(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @Valid RunRequest request, UriInfo uri) {
        RunResponse run = runs.start(programmeId, cohortId, request);
        return RestResponse.ResponseBuilder.<RunResponse>accepted()
                .location(uri.getAbsolutePathBuilder().path(run.id().toString()).build())
                .entity(run)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listMatchRuns", summary = "List the cohort's match runs", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of runs")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<RunResponse> list(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first run to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of runs to return (1-100)") int limit) {
        return runs.list(programmeId, cohortId, new PageRequest(offset, limit));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Path("/{runId}")
    @Operation(operationId = "getMatchRun", summary = "Read a match run",
            description = "Its status, the best score so far while solving, and its metrics once it has ended.")
    @APIResponse(responseCode = "200", description = "The run",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RunResponse get(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("runId") UUID runId) {
        return runs.get(programmeId, cohortId, runId);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{runId}")
    @Operation(operationId = "stopMatchRun", summary = "Stop a match run early",
            description = "The run ends CANCELLED and keeps the best result it found.")
    @APIResponse(responseCode = "200", description = "The run, stopping",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RunResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public RunResponse stop(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("runId") UUID runId) {
        return runs.cancel(programmeId, cohortId, runId);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Path("/{runId}/proposals")
    @Operation(operationId = "listProposals", summary = "Read a run's proposals",
            description = "Every mentee with the proposed mentor (or none), the pair's quality and the reasons; "
                    + "unmatched mentees first, then the weakest pairs.")
    @APIResponse(responseCode = "200", description = "A page of proposals")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public Page<ProposalResponse> proposals(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("runId") UUID runId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first proposal to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(MAX_PROPOSALS_PER_PAGE)
            @Parameter(description = "Largest number of proposals to return (1-1000)") int limit) {
        return runs.proposals(programmeId, cohortId, runId, new PageRequest(offset, limit));
    }

    static final class Examples {
        static final String RUN = """
                {"timeLimitSeconds": 30, "seed": 42}""";

        private Examples() {
        }
    }
}
