package org.mentormatch.preference;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
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

/** A mentee's stated choices, as a coordinator records them (from a form, an interview, an e-mail). */
@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentees/{menteeId}/preferences")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MenteePreferenceResource {

    private final PreferenceService preferences;

    public MenteePreferenceResource(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "getMenteePreferences", summary = "Read a mentee's stated preferences",
            description = "The mentors the mentee ranked, first choice first; an empty ranking until one is stated (version 0).")
    @APIResponse(responseCode = "200", description = "What the mentee stated",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatedPreferences.class),
                    examples = @ExampleObject(name = "ranked", value = Examples.STATED)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<StatedPreferences> get(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("menteeId") UUID menteeId) {
        return withETag(preferences.get(Side.MENTEE, programmeId, cohortId, menteeId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "replaceMenteePreferences", summary = "Set a mentee's stated preferences",
            description = "ranked names up to " + PreferenceService.MAX_RANKED + " distinct mentors of the cohort, first choice first; an "
                    + "empty list withdraws the ranking. An id that is no mentor of this cohort, or named twice, is a 400 "
                    + "naming ranked[i]. accepts and declines are for mentors (400). Weighed by the policy's "
                    + "statedPreferences criterion in runs started afterwards. Refused for an anonymised mentee (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ranked", value = Examples.REQUEST)))
    @APIResponse(responseCode = "200", description = "What the mentee stated, as stored",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatedPreferences.class),
                    examples = @ExampleObject(name = "ranked", value = Examples.STATED)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<StatedPreferences> replace(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("menteeId") UUID menteeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            @Valid @NotNull StatedPreferences requested) {
        return withETag(preferences.replace(Side.MENTEE, programmeId, cohortId, menteeId, ifMatch, requested));
    }

    private static RestResponse<StatedPreferences> withETag(StatedPreferences stated) {
        return RestResponse.ResponseBuilder.ok(stated).tag(ETags.of(stated.version())).build();
    }

    static final class Examples {
        static final String REQUEST = """
                {"ranked": ["0b8e2d4e-3a51-4f0c-9a57-2f3d1c6e7a10", "5f1c9b7a-8d2e-4c3b-a1f0-6e7d8c9b0a12"]}""";
        static final String STATED = """
                {"ranked": ["0b8e2d4e-3a51-4f0c-9a57-2f3d1c6e7a10", "5f1c9b7a-8d2e-4c3b-a1f0-6e7d8c9b0a12"], "version": 1}""";

        private Examples() {
        }
    }
}
