package org.mentormatch.match;

import org.mentormatch.api.idempotency.Idempotent;
import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_FAILED;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
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
import org.mentormatch.api.ETags;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/matches")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MatchResource {

    private static final String CSV = "text/csv";

    private final MatchService matches;
    private final ReviewService review;
    private final MatchCsv csv;

    public MatchResource(MatchService matches, ReviewService review, MatchCsv csv) {
        this.matches = matches;
        this.review = review;
        this.csv = csv;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(operationId = "listMatches", summary = "List the cohort's matches",
            description = "In creation order, each with its check-ins count, last check-in and the reasons it needs "
                    + "attention now. With attention=true, only the matches that need attention. With Accept: text/csv, "
                    + "all of them (no paging) with names and e-mail addresses, for a mail merge.")
    @APIResponse(responseCode = "200", description = "A page of matches, or the CSV",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchPage.class)),
                @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                        examples = @ExampleObject(name = "csv", value = Examples.CSV))
            })
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<Object> list(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @QueryParam("status") @Parameter(description = "Only matches in this status") MatchStatus status,
            @QueryParam("attention") @Parameter(description = "true: only matches that need attention now "
                    + "(POOR_FIT, STALLED, FEEDBACK_OVERDUE)") boolean attention,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first match to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of matches to return (1-100)") int limit,
            @HeaderParam("Accept") String accept) throws JsonProcessingException {
        if (accept != null && accept.contains(CSV)) {
            return RestResponse.ResponseBuilder.<Object>ok(csv.export(programmeId, cohortId, status), CSV)
                    .header("Content-Disposition", "attachment; filename=\"matches.csv\"")
                    .build();
        }
        return RestResponse.ok(matches.list(programmeId, cohortId, status, attention, new PageRequest(offset, limit)));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createManualMatch", summary = "Make a pair by hand",
            description = "It is ACCEPTED at once. A pair that breaks a rule (or a full mentor) is refused with the "
                    + "rule explained, unless an override with a reason is sent; the override is recorded.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "manual", value = Examples.MANUAL)))
    @APIResponse(responseCode = "201", description = "Made",
            headers = @Header(name = "Location", description = "URL of the match", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<MatchResponse> create(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @Valid @NotNull ManualMatchRequest request, UriInfo uri) {
        MatchResponse match = review.createManual(programmeId, cohortId, request);
        return RestResponse.ResponseBuilder.<MatchResponse>created(uri.getAbsolutePathBuilder().path(match.id().toString()).build())
                .entity(match)
                .tag(ETags.of(match.version()))
                .build();
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/accept")
    @Operation(operationId = "acceptMatches", summary = "Accept many proposals at once",
            description = "The listed proposals, or every proposal when matchIds is left out; all or none.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "all", value = "{}")))
    @APIResponse(responseCode = "200", description = "The accepted matches")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    public List<MatchResponse> accept(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @Valid AcceptRequest request) {
        return matches.accept(programmeId, cohortId, request);
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Path("/{matchId}")
    @Operation(operationId = "getMatch", summary = "Read a match",
            description = "The pair, its status and who decided last, with the engine's quality and reasons when a run "
                    + "proposed it, its check-ins count and the reasons it needs attention now. Its version is in ETag, "
                    + "for If-Match on the next decision.")
    @APIResponse(responseCode = "200", description = "The match",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<MatchResponse> get(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("matchId") UUID matchId) {
        MatchResponse match = matches.get(programmeId, cohortId, matchId);
        return RestResponse.ResponseBuilder.ok(match).tag(ETags.of(match.version())).build();
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{matchId}")
    @Operation(operationId = "decideMatch", summary = "Accept, reject or end a match",
            description = "PROPOSED → ACCEPTED or REJECTED; ACCEPTED → REJECTED; ACCEPTED or PUBLISHED → ENDED with "
                    + "a reason. A rejected pair is never proposed again in this cohort.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "accept", value = Examples.DECISION)))
    @APIResponse(responseCode = "200", description = "The match as decided",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<MatchResponse> decide(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("matchId") UUID matchId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the decision is refused if it is stale") String ifMatch,
            @Valid @NotNull DecisionRequest decision) {
        MatchResponse match = matches.decide(programmeId, cohortId, matchId, ifMatch, decision);
        return RestResponse.ResponseBuilder.ok(match).tag(ETags.of(match.version())).build();
    }

    /** The page type of this resource, named for the contract. */
    @Schema(name = "PageMatchResponse")
    static final class MatchPage {
        public List<MatchResponse> items;
        public int offset;
        public int limit;
        public long total;
    }

    static final class Examples {
        static final String MANUAL = """
                {"menteeId": "0d5f6c1e-7a2b-4c3d-9e8f-1a2b3c4d5e6f", "mentorId": "9c2e4f6a-1b3d-4e5f-8a7b-6c5d4e3f2a1b",
                 "reason": "They met at the kick-off"}""";
        static final String DECISION = """
                {"status": "ACCEPTED", "reason": "Good fit after the interview"}""";
        static final String CSV = """
                matchId,status,source,menteeName,menteeEmail,mentorName,mentorEmail,quality,decidedBy,decidedAt
                5c1d…,PUBLISHED,SOLVER,Li Wei,li.wei@example.com,Mette Jensen,mette@example.dk,78,coordinator,2025-09-20T10:00:00Z
                """;

        private Examples() {
        }
    }
}
