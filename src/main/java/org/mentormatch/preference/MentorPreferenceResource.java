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

/** A mentor's stated choices, as a coordinator records them (from a form, an interview, an e-mail). */
@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentors/{mentorId}/preferences")
@Tag(name = "Matching")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentorPreferenceResource {

    private final PreferenceService preferences;

    public MentorPreferenceResource(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "getMentorPreferences", summary = "Read a mentor's stated preferences",
            description = "The mentees the mentor accepts and declines; empty lists until they state any (version 0).")
    @APIResponse(responseCode = "200", description = "What the mentor stated",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatedPreferences.class),
                    examples = @ExampleObject(name = "accepts-and-declines", value = Examples.STATED)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<StatedPreferences> get(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("mentorId") UUID mentorId) {
        return withETag(preferences.get(Side.MENTOR, programmeId, cohortId, mentorId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "replaceMentorPreferences", summary = "Set a mentor's stated preferences",
            description = "accepts and declines each name up to " + PreferenceService.MAX_LISTED + " distinct mentees of the cohort. A "
                    + "non-empty accepts means the mentor takes only those; a mentee in declines is never preferred. An id "
                    + "that is no mentee of this cohort, named twice, or in both lists is a 400 naming it (declines[i]). "
                    + "ranked is for mentees (400). Weighed by the policy's statedPreferences criterion in runs started "
                    + "afterwards. Refused for an anonymised mentor (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "accepts-and-declines", value = Examples.REQUEST)))
    @APIResponse(responseCode = "200", description = "What the mentor stated, as stored",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatedPreferences.class),
                    examples = @ExampleObject(name = "accepts-and-declines", value = Examples.STATED)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<StatedPreferences> replace(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("mentorId") UUID mentorId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            @Valid @NotNull StatedPreferences requested) {
        return withETag(preferences.replace(Side.MENTOR, programmeId, cohortId, mentorId, ifMatch, requested));
    }

    private static RestResponse<StatedPreferences> withETag(StatedPreferences stated) {
        return RestResponse.ResponseBuilder.ok(stated).tag(ETags.of(stated.version())).build();
    }

    static final class Examples {
        static final String REQUEST = """
                {"accepts": ["7c2e4f6a-1b3d-4e5f-8a9b-0c1d2e3f4a5b"], "declines": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"]}""";
        static final String STATED = """
                {"accepts": ["7c2e4f6a-1b3d-4e5f-8a9b-0c1d2e3f4a5b"], "declines": ["9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d"], "version": 1}""";

        private Examples() {
        }
    }
}
