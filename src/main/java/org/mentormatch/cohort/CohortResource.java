package org.mentormatch.cohort;

import org.mentormatch.api.idempotency.Idempotent;
import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_FAILED;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.mentormatch.api.ETags;
import org.mentormatch.api.MergePatch;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts")
@Tag(name = "Cohorts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CohortResource {

    private final CohortService cohorts;

    public CohortResource(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listCohorts", summary = "List a programme's cohorts",
            description = "Newest first, a page at a time (offset paging).")
    @APIResponse(responseCode = "200", description = "A page of cohorts")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<CohortResponse> list(
            @PathParam("programmeId") UUID programmeId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first cohort to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of cohorts to return (1-100)") int limit) {
        return cohorts.list(programmeId, new PageRequest(offset, limit));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createCohort", summary = "Create a cohort in a programme",
            description = "A cohort is one programme year with its own mentors, mentees, exclusions and match runs. "
                    + "The answer carries the new cohort's URL in Location and its version in ETag.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cohort", value = Examples.COHORT)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {
                @Header(name = "Location", description = "URL of the new cohort", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = "Version of the new cohort", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<CohortResponse> create(
            @PathParam("programmeId") UUID programmeId, @Valid @NotNull CohortRequest request, UriInfo uri) {
        CohortResponse created = cohorts.create(programmeId, request);
        return RestResponse.ResponseBuilder
                .<CohortResponse>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .tag(ETags.of(created.version()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Path("/{cohortId}")
    @Operation(operationId = "getCohort", summary = "Read a cohort",
            description = "The cohort with its version in ETag; send that back in If-Match when you change it.")
    @APIResponse(responseCode = "200", description = "The cohort",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<CohortResponse> get(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId) {
        return withETag(cohorts.get(programmeId, cohortId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{cohortId}")
    @Operation(operationId = "replaceCohort", summary = "Replace a cohort",
            description = "The name and both dates come from the body; endsOn must come after startsOn. With If-Match, "
                    + "a version other than the current one is refused (412).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "cohort", value = Examples.COHORT)))
    @APIResponse(responseCode = "200", description = "The cohort as changed",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<CohortResponse> replace(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            @Valid @NotNull CohortRequest request) {
        return withETag(cohorts.replace(programmeId, cohortId, ifMatch, request));
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{cohortId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchCohort", summary = "Change some fields of a cohort",
            description = "A JSON Merge Patch (RFC 7396): fields present are set, fields set to null are cleared.")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any fields of CohortRequest"),
            examples = @ExampleObject(name = "extend", value = "{\"endsOn\": \"2026-09-30\"}")))
    @APIResponse(responseCode = "200", description = "The cohort as changed",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CohortResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<CohortResponse> patch(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return withETag(cohorts.patch(programmeId, cohortId, ifMatch, patch));
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{cohortId}")
    @Operation(operationId = "deleteCohort", summary = "Delete a cohort",
            description = "Refused while it holds profiles, unless cascade=true deletes them with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public void delete(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the deletion is refused if it is stale") String ifMatch,
            @QueryParam("cascade") @DefaultValue("false") @Parameter(description = "Also delete the cohort's profiles") boolean cascade) {
        cohorts.delete(programmeId, cohortId, ifMatch, cascade);
    }

    private static RestResponse<CohortResponse> withETag(CohortResponse cohort) {
        return RestResponse.ResponseBuilder.ok(cohort).tag(ETags.of(cohort.version())).build();
    }

    static final class Examples {
        static final String COHORT = """
                {"name": "2025/26", "startsOn": "2025-09-01", "endsOn": "2026-08-31"}""";

        private Examples() {
        }
    }
}
