package org.mentormatch.feedback;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;
import static org.mentormatch.api.ApiDefinition.PAYLOAD_TOO_LARGE;
import static org.mentormatch.api.ApiDefinition.UNSUPPORTED_MEDIA_TYPE;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
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

/** A participant's own feedback: the token names the profile, so only their own side of their own match. */
@Path("/me/feedback")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MyFeedbackResource {

    private final FeedbackService feedback;
    private final Access access;

    public MyFeedbackResource(FeedbackService feedback, Access access) {
        this.feedback = feedback;
        this.access = access;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "getMyFeedback", summary = "My feedback and the rounds I owe",
            description = "The caller's side's answers on their current match (published, or ended last), and its "
                    + "rounds due and unanswered. Empty lists when they have no published match.")
    @APIResponse(responseCode = "200", description = "Answers and rounds due",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MyFeedback.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public MyFeedback get(
            @Parameter(description = "Which of their matches: required when they have more than one PUBLISHED match "
                    + "(a mentor with several mentees), else their current one", example = "5c3b1a2d-4e6f-4a8b-9c0d-1e2f3a4b5c6d")
            @QueryParam("matchId") UUID matchId) {
        return feedback.own(access.requireParticipant(), matchId);
    }

    @POST
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(operationId = "answerMyFeedback", summary = "Answer feedback on my match",
            description = "Answers the caller's side of their match for its oldest due round not yet answered, or "
                    + "else the next round. Fit 2 or less, or continue false, tells the coordinator the match needs "
                    + "attention. No published match, or no round left, is refused with 409.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "answer", value = FeedbackResource.Examples.ANSWER)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<FeedbackResponse> answer(
            @Parameter(description = "Which of their matches: required when they have more than one PUBLISHED match "
                    + "(a mentor with several mentees), else their current one", example = "5c3b1a2d-4e6f-4a8b-9c0d-1e2f3a4b5c6d")
            @QueryParam("matchId") UUID matchId,
            @Valid @NotNull FeedbackAnswer answer) {
        return RestResponse.status(RestResponse.Status.CREATED, feedback.answerOwn(access.requireParticipant(), matchId, answer));
    }
}
