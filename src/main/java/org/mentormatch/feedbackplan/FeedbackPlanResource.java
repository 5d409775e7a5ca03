package org.mentormatch.feedbackplan;

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

@Path("/programmes/{programmeId}/feedback-plan")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FeedbackPlanResource {

    private final FeedbackPlanService plans;

    public FeedbackPlanResource(FeedbackPlanService plans) {
        this.plans = plans;
    }

    @GET
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR, Roles.VIEWER})
    @Operation(operationId = "getFeedbackPlan", summary = "Read a programme's feedback plan",
            description = "When published pairs are asked for feedback, and the programme's attention setting "
                    + "stalledAfterDays. The defaults (30, 60, true, 45) until a coordinator sets one.")
    @APIResponse(responseCode = "200", description = "The plan",
            headers = @Header(name = "ETag", description = "Its current version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackPlan.class)))
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    public RestResponse<FeedbackPlan> get(@PathParam("programmeId") UUID programmeId) {
        return withETag(plans.get(programmeId));
    }

    @PUT
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "replaceFeedbackPlan", summary = "Set a programme's feedback plan",
            description = "Rounds fall due firstAfterDays after a match is published, then every everyDays while it "
                    + "is PUBLISHED, and (whenEnded) on the day it ends. stalledAfterDays is the programme's attention "
                    + "setting: a published pair without a check-in for that long needs attention (STALLED). Fields "
                    + "left out keep their defaults. Applies at once to every match of the programme.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "plan", value = Examples.PLAN)))
    @APIResponse(responseCode = "200", description = "The plan as stored",
            headers = @Header(name = "ETag", description = "Its new version", schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FeedbackPlan.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "412", ref = PRECONDITION_FAILED)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<FeedbackPlan> replace(@PathParam("programmeId") UUID programmeId,
            @HeaderParam(ETags.IF_MATCH) @Parameter(description = "The ETag you read; the change is refused if it is stale") String ifMatch,
            @Valid @NotNull FeedbackPlan plan) {
        return withETag(plans.replace(programmeId, ifMatch, plan));
    }

    private static RestResponse<FeedbackPlan> withETag(FeedbackPlan plan) {
        return RestResponse.ResponseBuilder.ok(plan).tag(ETags.of(plan.version())).build();
    }

    static final class Examples {
        static final String PLAN = """
                {"firstAfterDays": 30, "everyDays": 60, "whenEnded": true, "stalledAfterDays": 45}""";

        private Examples() {
        }
    }
}
