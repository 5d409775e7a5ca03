package org.mentormatch.exclusion;

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

@Path("/programmes/{programmeId}/cohorts/{cohortId}/exclusions")
@Tag(name = "Exclusions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ExclusionResource {

    private final ExclusionService exclusions;

    public ExclusionResource(ExclusionService exclusions) {
        this.exclusions = exclusions;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listExclusions", summary = "List a cohort's excluded pairs",
            description = "In the order they were added, a page at a time (offset paging).")
    @APIResponse(responseCode = "200", description = "A page of exclusions")
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public Page<ExclusionResponse> list(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @QueryParam("offset") @DefaultValue("0") @Min(0)
            @Parameter(description = "Index of the first exclusion to return, counted from 0") int offset,
            @QueryParam("limit") @DefaultValue(PageRequest.DEFAULT_LIMIT) @Min(1) @Max(PageRequest.MAX_LIMIT)
            @Parameter(description = "Largest number of exclusions to return (1-100)") int limit) {
        return exclusions.list(programmeId, cohortId, new PageRequest(offset, limit));
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "createExclusion", summary = "Rule out a mentee-mentor pair",
            description = "Match runs started afterwards never pair them. Both must belong to this cohort; "
                    + "a pair can be excluded once.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "colleagues", value = Examples.EXCLUSION)))
    @APIResponse(responseCode = "201", description = "Created",
            headers = @Header(name = "Location", description = "URL of the new exclusion", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExclusionResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<ExclusionResponse> create(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @Valid @NotNull ExclusionRequest request,
            UriInfo uri) {
        ExclusionResponse created = exclusions.create(programmeId, cohortId, request);
        return RestResponse.ResponseBuilder
                .<ExclusionResponse>created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
                .entity(created)
                .build();
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Path("/{exclusionId}")
    @Operation(operationId = "getExclusion", summary = "Read an excluded pair",
            description = "The mentee and mentor kept apart, with the reason the coordinator gave.")
    @APIResponse(responseCode = "200", description = "The exclusion",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExclusionResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public ExclusionResponse get(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("exclusionId") UUID exclusionId) {
        return exclusions.get(programmeId, cohortId, exclusionId);
    }

    @DELETE
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Path("/{exclusionId}")
    @Operation(operationId = "deleteExclusion", summary = "Allow an excluded pair again",
            description = "Match runs started afterwards may pair them.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public void delete(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @PathParam("exclusionId") UUID exclusionId) {
        exclusions.delete(programmeId, cohortId, exclusionId);
    }

    static final class Examples {
        static final String EXCLUSION = """
                {"menteeId": "5b0e7c1a-9d4f-4a2b-8e6c-1f3a5d7b9c2e", "mentorId": "c2d4e6f8-1a3b-4c5d-9e7f-0a2b4c6d8e1f",
                 "reason": "They are colleagues"}""";

        private Examples() {
        }
    }
}
