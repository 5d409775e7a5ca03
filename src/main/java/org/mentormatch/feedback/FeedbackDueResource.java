package org.mentormatch.feedback;

import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/feedback-due")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
public class FeedbackDueResource {

    private final FeedbackService feedback;

    public FeedbackDueResource(FeedbackService feedback) {
        this.feedback = feedback;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "listDueFeedback", summary = "List feedback due and unanswered",
            description = "Every round of the cohort's published (and ended) pairs that fell due and a side has not "
                    + "answered, oldest first, with the days since it fell due. Nothing is mailed: other systems hear "
                    + "of newly due rounds through the feedback.due webhook event.")
    @APIResponse(responseCode = "200", description = "The rounds due",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = DueFeedback.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public List<DueFeedback> due(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId) {
        return feedback.due(programmeId, cohortId);
    }
}
