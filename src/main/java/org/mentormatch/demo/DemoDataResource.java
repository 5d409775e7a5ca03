package org.mentormatch.demo;

import org.mentormatch.api.idempotency.Idempotent;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import org.mentormatch.security.Roles;

/** In the contract in every profile, so that the contract is one; outside development it answers 404. */
@Path("/programmes/{programmeId}/cohorts/{cohortId}/demo-data")
@Tag(name = "Demo data")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DemoDataResource {

    private final DemoDataService demoData;

    public DemoDataResource(DemoDataService demoData) {
        this.demoData = demoData;
    }

    @POST
    @Idempotent
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "loadDemoData", summary = "Fill a cohort with made-up mentors and mentees",
            description = "Realistic profiles from a seeded generator, all added in one go: the same seed gives the "
                    + "same cohort. Only in development; elsewhere the answer is 404.")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "default-size", value = Examples.DEMO)))
    @APIResponse(responseCode = "201", description = "The profiles were added",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DemoDataResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public RestResponse<DemoDataResponse> load(
            @PathParam("programmeId") UUID programmeId,
            @PathParam("cohortId") UUID cohortId,
            @Valid DemoDataRequest request) {
        return RestResponse.status(RestResponse.Status.CREATED, demoData.load(programmeId, cohortId, request));
    }

    static final class Examples {
        static final String DEMO = """
                {"mentees": 65, "mentors": 60, "seed": 1}""";

        private Examples() {
        }
    }
}
