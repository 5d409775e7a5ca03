package org.mentormatch.participant;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_FAILED;
import static org.mentormatch.api.ApiDefinition.PRECONDITION_REQUIRED;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
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
import org.mentormatch.api.MergePatch;
import org.mentormatch.privacy.PersonalDataExport;
import org.mentormatch.privacy.PersonalDataService;
import org.mentormatch.security.Roles;

/** A participant's own data, reached with the token of their invitation; no other role may call these. */
@Path("/me")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    private final MeService me;
    private final PersonalDataService personalData;

    public MeResource(MeService me, PersonalDataService personalData) {
        this.me = me;
        this.personalData = personalData;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "getMe", summary = "Read my own profile and match",
            description = "For a participant (a token from an invitation): their profile, wishes, interests, "
                    + "availability note and consent, and their ACCEPTED or PUBLISHED matches with the counterpart's "
                    + "name, field, languages and region; the counterpart's e-mail only once the match is PUBLISHED. "
                    + "Any other role is refused (403).")
    @APIResponse(responseCode = "200", description = "Their own profile",
            headers = @Header(name = "ETag", description = "Its current version, for If-Match",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeResponse.class),
                    examples = @ExampleObject(name = "matched-mentee", value = MeExamples.ME)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<MeResponse> get() {
        return withETag(me.read());
    }

    @PATCH
    @RolesAllowed(Roles.PARTICIPANT)
    @Consumes({MergePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON})
    @Operation(operationId = "patchMe", summary = "Change my own wishes, interests or availability",
            description = "A JSON Merge Patch (RFC 7396) of interests, availabilityNote and, for a mentee, wishes "
                    + "(preferredFields, preferredLanguages, meetingMode, note); any other member is refused and named "
                    + "(400). If-Match must carry the ETag read: without it 428, an older one 412. Refused for an "
                    + "anonymised profile (409).")
    @RequestBody(content = @Content(mediaType = MergePatch.MEDIA_TYPE,
            schema = @Schema(type = SchemaType.OBJECT, description = "interests, availabilityNote and (mentees) wishes"),
            examples = @ExampleObject(name = "evenings", value = MeExamples.PATCH)))
    @APIResponse(responseCode = "200", description = "Their profile as changed",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MeResponse.class),
                    examples = @ExampleObject(name = "matched-mentee", value = MeExamples.ME)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = PRECONDITION_REQUIRED)
    public RestResponse<MeResponse> patch(
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag read from GET /me; required") String ifMatch,
            JsonNode patch) throws JsonProcessingException {
        return withETag(me.patch(ifMatch, patch));
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Path("/personal-data/export")
    @Operation(operationId = "exportMyPersonalData", summary = "Export my own personal data",
            description = "Self-service access and portability (GDPR Art. 15 and 20): their profile, cohort and "
                    + "matches, as far as a participant may see them; the coordinator's export (exportPersonalData) "
                    + "also holds the programme's internal records (run proposals, exclusions, affinities, audit). "
                    + "Recorded in the audit trail as PERSONAL_DATA_EXPORTED.")
    @APIResponse(responseCode = "200", description = "What the service holds about them",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PersonalDataExport.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public PersonalDataExport export() {
        return personalData.exportProfile(me.ownId());
    }

    private static RestResponse<MeResponse> withETag(MeResponse profile) {
        return RestResponse.ResponseBuilder.ok(profile).tag(ETags.of(profile.version())).build();
    }
}
