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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.api.idempotency.Idempotent;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/matches/{matchId}/feedback")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackResource {

    private final FeedbackService feedback;

    public FeedbackResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "recordFeedback", summary = "Record one side's feedback",
            description = "Feedback a coordinator collected (by phone, say). It answers that side's oldest due round "
                    + "not yet answered, or else the next round. Fit 2 or less, or continue false, makes the match need "
                    + "attention (POOR_FIT). A match that was never published, or a side with no round left, is "
                    + "refused with 409.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "phone", value = Examples.FEEDBACK)))
    @APIResponse(responseCode = "201", description = "Recorded",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<FeedbackResponse> record(@PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId, @PathParam("matchId") UUID matchId,
            @Valid @NotNull FeedbackRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, feedback.record(programmeId, cohortId, matchId, request));
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listFeedback", summary = "List a match's feedback",
            description = "Both sides' answers, newest round first.")
    @APIResponse(responseCode = "200", description = "The answers",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = FeedbackResponse.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public List<FeedbackResponse> list(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("matchId") UUID matchId) {
        return feedback.list(programmeId, cohortId, matchId);
    }

    static final class Examples {
        static final String FEEDBACK = """
                {"side": "MENTEE", "fit": 2, "continue": false, "comment": "Hard to find time to meet"}""";
        static final String ANSWER = """
                {"fit": 4, "continue": true, "comment": "We meet every month; very helpful"}""";

        private Examples() {
        }
    }
}
