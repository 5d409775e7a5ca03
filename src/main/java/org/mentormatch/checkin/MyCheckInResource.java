package org.mentormatch.checkin;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.security.Access;
import org.mentormatch.security.Roles;

/** A participant records a meeting of their own match: the token names the profile, so no id is sent. */
@Path("/me/check-ins")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyCheckInResource {

    private final CheckInService checkIns;
    private final Access access;

    public MyCheckInResource(CheckInService checkIns, Access access) {
        this.checkIns = checkIns;
        this.access = access;
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "recordMyCheckIn", summary = "Record a meeting of my match",
            description = "A participant records a meeting with their counterpart on their PUBLISHED match; with none, "
                    + "409. The date may be neither in the future nor before the match was published.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "meeting", value = CheckInResource.Examples.CHECK_IN)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CheckInResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<CheckInResponse> record(
            @Parameter(description = "Which of their matches: required when they have more than one PUBLISHED match "
                    + "(a mentor with several mentees), else their current one", example = "5c3b1a2d-4e6f-4a8b-9c0d-1e2f3a4b5c6d")
            @QueryParam("matchId") UUID matchId,
            @Valid @NotNull CheckInRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, checkIns.recordOwn(access.requireParticipant(), matchId, request));
    }
}
