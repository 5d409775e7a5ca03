package org.mentormatch.programme;

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
import org.mentormatch.api.StorableText;
import org.mentormatch.security.Access;
import org.mentormatch.security.Roles;

@Path("/programmes")
@Tag(name = "Programmes")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ProgrammeResource {

    private final ProgrammeService programmes;
    private final Access access;

    public ProgrammeResource(ProgrammeService programmes, Access access) {
        this.programmes = programmes;
        this.access = access;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listProgrammes", summary = "List programmes",
            description = "Programmes ordered by name, a page at a time (offset paging); a coordinator or viewer sees only the programmes their token lists.")
    @APIResponse(responseCode = "200", description = "A page of programmes")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    public Page<ProgrammeResponse> list(
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first programme to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of programmes to return (1-100)") int limit,
            @QueryParam("q") @StorableText
            @Parameter(description = "Only programmes whose name contains this text (any case)") String q) {
        return programmes.list(new PageRequest(offset, limit), q, access.limitedTo());
    }

    @POST
    @Idempotent
    @RolesAllowed(Roles.ADMIN)
    @Operation(operationId = "createProgramme", summary = "Create a programme",
            description = "Only an admin creates programmes; coordinators and viewers reach one through the programmes "
                    + "claim of their token. The type (MENTORING when absent) chooses the preset each cohort's matching "
                    + "policy starts from, and is fixed from now on. The answer carries the new programme's URL in "
                    + "Location and its version in ETag.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "programme", value = Examples.PROGRAMME)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = {
                @Header(name = "Location", description = "URL of the new programme", schema = @Schema(type = SchemaType.STRING)),
                @Header(name = "ETag", description = "Version of the new programme", schema = @Schema(type = SchemaType.STRING))
            },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<ProgrammeResponse> create(@Valid @NotNull ProgrammeRequest request, UriInfo uri) {
        ProgrammeResponse created = programmes.create(request);
        return RestResponse.ResponseBuilder
                .<ProgrammeResponse>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .tag(ETags.of(created.version()))
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Path("/{programmeId}")
    @Operation(operationId = "getProgramme", summary = "Read a programme",
            description = "The programme with its version in ETag; send that back in If-Match when you change it.")
    @APIResponse(responseCode = "200", description = "The programme",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<ProgrammeResponse> get(@PathParam("programmeId") UUID programmeId) {
        return withETag(programmes.get(programmeId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{programmeId}")
    @Operation(operationId = "replaceProgramme", summary = "Replace a programme",
            description = "Every field comes from the body: a description left out is cleared, retentionDays left out "
                    + "becomes 365, matchingBases left out becomes none (consent not required); type left out keeps "
                    + "the programme's, and another type is refused (409). With If-Match, a version other than the "
                    + "current one is refused (412).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "programme", value = Examples.PROGRAMME)))
    @APIResponse(responseCode = "200", description = "The programme as changed",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<ProgrammeResponse> replace(
            @PathParam("programmeId") UUID programmeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            @Valid @NotNull ProgrammeRequest request) {
        return withETag(programmes.replace(programmeId, ifMatch, request));
    }

    @PATCH
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{programmeId}")
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchProgramme", summary = "Change some fields of a programme",
            description = "A JSON Merge Patch (RFC 7396): fields present are set, fields set to null are cleared. "
                    + "The type is fixed at creation: another type is refused (409).")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "Any fields of ProgrammeRequest"),
            examples = @ExampleObject(name = "rename", value = "{\"name\": \"Spouse Mentoring Aarhus\"}")))
    @APIResponse(responseCode = "200", description = "The programme as changed",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ProgrammeResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<ProgrammeResponse> patch(
            @PathParam("programmeId") UUID programmeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return withETag(programmes.patch(programmeId, ifMatch, patch));
    }

    @DELETE
    @RolesAllowed(Roles.ADMIN)
    @Path("/{programmeId}")
    @Operation(operationId = "deleteProgramme", summary = "Delete a programme",
            description = "Refused while its cohorts hold profiles, unless cascade=true deletes them with it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    public void delete(
            @PathParam("programmeId") UUID programmeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the deletion is refused if it is stale") String ifMatch,
            @QueryParam("cascade") @DefaultValue("false") @Parameter(description = "Also delete the cohorts' profiles") boolean cascade) {
        programmes.delete(programmeId, ifMatch, cascade);
    }

    private static RestResponse<ProgrammeResponse> withETag(ProgrammeResponse programme) {
        return RestResponse.ResponseBuilder.ok(programme).tag(ETags.of(programme.version())).build();
    }

    static final class Examples {
        static final String PROGRAMME = """
                {"name": "Spouse Mentoring Copenhagen",
                 "description": "One-year mentoring for spouses of international employees",
                 "retentionDays": 365,
                 "type": "MENTORING"}""";

        private Examples() {
        }
    }
}
