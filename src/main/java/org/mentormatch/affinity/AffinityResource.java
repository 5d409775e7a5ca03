package org.mentormatch.affinity;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_FAILED;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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
import org.mentormatch.security.Roles;

@Path(AffinityResource.PATH)
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AffinityResource {

    static final String PATH = "/programmes/{programmeId}/cohorts/{cohortId}/affinities";

    private final AffinityService affinities;

    public AffinityResource(AffinityService affinities) {
        this.affinities = affinities;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "getAffinities", summary = "Read a cohort's coordinator affinities",
            description = "Every rated pair, ordered by menteeId then mentorId; empty until a coordinator sets some.")
    @APIResponse(responseCode = "200", description = "The list",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AffinityList.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<AffinityList> get(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId) {
        return withETag(affinities.get(programmeId, cohortId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "replaceAffinities", summary = "Set a cohort's coordinator affinities",
            description = "Replaces the whole list in one step (an empty list clears it); at most 100,000 pairs, each "
                    + "once, mentee and mentor of this cohort. Runs started afterwards add each score to its pair's "
                    + "quality and reward or penalise the pair by it.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "interviews", value = Examples.AFFINITIES)))
    @APIResponse(responseCode = "200", description = "The list as stored",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AffinityList.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<AffinityList> replace(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            @Valid @NotNull AffinityList list) {
        return withETag(affinities.replace(programmeId, cohortId, ifMatch, list));
    }

    private static RestResponse<AffinityList> withETag(AffinityService.Versioned versioned) {
        return RestResponse.ResponseBuilder.ok(versioned.list()).tag(ETags.of(versioned.version())).build();
    }

    static final class Examples {
        static final String AFFINITIES = """
                {"affinities": [
                  {"menteeId": "5b0e7c1a-9d4f-4a2b-8e6c-1f3a5d7b9c2e", "mentorId": "c2d4e6f8-1a3b-4c5d-9e7f-0a2b4c6d8e1f", "score": 40},
                  {"menteeId": "5b0e7c1a-9d4f-4a2b-8e6c-1f3a5d7b9c2e", "mentorId": "0e9d8c7b-6a5f-4e3d-2c1b-0a9f8e7d6c5b", "score": -60}]}""";

        private Examples() {
        }
    }
}
