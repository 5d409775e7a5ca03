package org.mentormatch.preference;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_FAILED;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_REQUIRED;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
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

/** A participant's own stated choices: a mentee ranks mentors, a mentor accepts or declines mentees. */
@Path("/me/preferences")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyPreferenceResource {

    private final PreferenceService preferences;

    public MyPreferenceResource(PreferenceService preferences) {
        this.preferences = preferences;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "getMyPreferences", summary = "Read my stated preferences",
            description = "For a participant: a mentee's ranking of mentors (ranked), a mentor's accepts and "
                    + "declines; empty until stated (version 0). Any other role is refused (403).")
    @APIResponse(responseCode = "200", description = "What they stated",
            headers = @Header(name = "ETag", description = "Its current version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatedPreferences.class),
                    examples = @ExampleObject(name = "ranked", value = MenteePreferenceResource.Examples.STATED)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<StatedPreferences> get() {
        return withETag(preferences.getOwn());
    }

    @PUT
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "replaceMyPreferences", summary = "State my preferences",
            description = "A mentee sends ranked (up to " + PreferenceService.MAX_RANKED + " distinct mentors of "
                    + "their cohort, first choice first); a mentor sends accepts and declines (mentees of their cohort, "
                    + "none in both). Ids that are not of the cohort, repeated, or the other side's lists are a 400 "
                    + "naming them (ranked[i]). If-Match must carry the ETag read: without it 428, an older one 412.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "ranked", value = MenteePreferenceResource.Examples.REQUEST)))
    @APIResponse(responseCode = "200", description = "What they stated, as stored",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = StatedPreferences.class),
                    examples = @ExampleObject(name = "ranked", value = MenteePreferenceResource.Examples.STATED)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
    public RestResponse<StatedPreferences> replace(
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read from GET /me/preferences; required") String ifMatch,
            @Valid @NotNull StatedPreferences requested) {
        return withETag(preferences.replaceOwn(ifMatch, requested));
    }

    private static RestResponse<StatedPreferences> withETag(StatedPreferences stated) {
        return RestResponse.ResponseBuilder.ok(stated).tag(ETags.of(stated.version())).build();
    }
}
