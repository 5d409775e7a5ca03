package org.mentormatch.outcome;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.api.idempotency.Idempotent;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentees/{menteeId}/outcomes")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OutcomeResource {

    private final OutcomeService outcomes;

    public OutcomeResource(OutcomeService outcomes) {
        this.outcomes = outcomes;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listOutcomes", summary = "List a mentee's outcomes",
            description = "By the day they happened, a page at a time (offset paging). Outcomes stay when the "
                    + "mentee's match ends or the mentee withdraws.")
    @APIResponse(responseCode = "200", description = "A page of outcomes",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomePage.class),
                    examples = @ExampleObject(name = "one-job", value = Examples.PAGE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<OutcomeResponse> list(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first outcome to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of outcomes to return (1-100)") int limit) {
        return outcomes.list(programmeId, cohortId, menteeId, new PageRequest(offset, limit));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "recordOutcome", summary = "Record a mentee's outcome",
            description = "A job, a place in education, an internship, a business started, volunteering or "
                    + "something else, on a day not in the future. Also for a withdrawn mentee; refused (409) for "
                    + "one whose personal data was erased. Audited, and announced as the event outcome.recorded.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "job", value = Examples.OUTCOME)))
    @APIResponse(responseCode = "201", description = "Recorded",
            headers = @Header(name = "Location", description = "URL of the new outcome", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeResponse.class),
                    examples = @ExampleObject(name = "job", value = Examples.RECORDED)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<OutcomeResponse> record(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId,
            @Valid @NotNull OutcomeRequest request,
            UriInfo uri) {
        OutcomeResponse created = outcomes.record(programmeId, cohortId, menteeId, request);
        return RestResponse.ResponseBuilder
                .<OutcomeResponse>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Path("/{outcomeId}")
    @Operation(operationId = "getOutcome", summary = "Read a mentee's outcome",
            description = "What the mentee achieved, when, and who recorded it.")
    @APIResponse(responseCode = "200", description = "The outcome",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OutcomeResponse.class),
                    examples = @ExampleObject(name = "job", value = Examples.RECORDED)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public OutcomeResponse get(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId,
            @PathParam("outcomeId") UUID outcomeId) {
        return outcomes.get(programmeId, cohortId, menteeId, outcomeId);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{outcomeId}")
    @Operation(operationId = "deleteOutcome", summary = "Delete a mentee's outcome",
            description = "For one recorded by mistake; the reports stop counting it. Audited.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public void delete(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId,
            @PathParam("outcomeId") UUID outcomeId) {
        outcomes.delete(programmeId, cohortId, menteeId, outcomeId);
    }

    /** Page of outcomes, for the contract only: the generic {@link Page} is named per item type there. */
    @Schema(name = "PageOutcomeResponse", description = "A page of outcomes")
    static final class OutcomePage {
        public List<OutcomeResponse> items;
        public int offset;
        public int limit;
        public long total;
    }

    static final class Examples {
        static final String OUTCOME = """
                {"type": "JOB", "date": "2026-03-01", "occupation": "2512", "viaMentorNetwork": true,
                 "note": "Junior developer at a logistics company"}""";
        static final String RECORDED = """
                {"id": "3f2a1b0c-9d8e-4f7a-8b6c-5d4e3f2a1b0c", "cohortId": "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b",
                 "menteeId": "5b0e7c1a-9d4f-4a2b-8e6c-1f3a5d7b9c2e", "type": "JOB", "date": "2026-03-01",
                 "occupation": "2512", "viaMentorNetwork": true, "note": "Junior developer at a logistics company",
                 "recordedBy": "anna@example.org", "createdAt": "2026-03-02T09:15:00Z"}""";
        static final String PAGE = "{\"items\": [" + RECORDED + "], \"offset\": 0, \"limit\": 20, \"total\": 1}";

        private Examples() {
        }
    }
}
