package org.mentormatch.participant;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.ResponseStatus;
import org.mentormatch.profile.Mentee;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentees/{menteeId}/invitation")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MenteeInvitationResource {

    private final InvitationService invitations;

    public MenteeInvitationResource(InvitationService invitations) {
        this.invitations = invitations;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @ResponseStatus(201)
    @Operation(operationId = "inviteMentee", summary = "Invite a mentee to their own page",
            description = "Signs a token with role participant for this mentee alone (GET and PATCH /me, their "
                    + InvitationDocs.WHAT + "Refused when the mentee has withdrawn or was anonymised (409), when the body "
                    + "is invalid (400), or where an identity provider issues the tokens (404, type "
                    + "tokens-from-identity-provider).")
    @RequestBody(required = false, content = @Content(examples = @ExampleObject(name = "ninety-days", value = InvitationDocs.REQUEST)))
    @APIResponse(responseCode = "201", description = "The link and token to give the mentee",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = InvitationResponse.class),
                    examples = @ExampleObject(name = "invitation", value = InvitationDocs.RESPONSE)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public InvitationResponse invite(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("menteeId") UUID menteeId, @Valid InvitationRequest request, UriInfo uri) {
        return invitations.invite(Mentee.class, programmeId, cohortId, menteeId, request, uri.getBaseUri());
    }
}
