package org.mentormatch.intake;

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
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentors/copy")
@Tag(name = "Import")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentorCopyResource {

    private final MentorCopyService copies;

    public MentorCopyResource(MentorCopyService copies) {
        this.copies = copies;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "copyMentors", summary = "Bring back mentors from an earlier cohort",
            description = "Copies the profiles of mentors (all, or those named) of another cohort of the same "
                    + "programme into this one, as new profiles. Mentors whose e-mail this cohort already has, and "
                    + "anonymised ones, are skipped and named with the reason. Refused when the other cohort is not "
                    + "one of this programme (404) or while a match run solves for this cohort (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "some", value = Examples.REQUEST)))
    @APIResponse(responseCode = "200", description = "Copied, with those skipped",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MentorCopyResult.class),
                    examples = @ExampleObject(name = "copied", value = Examples.RESULT)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public MentorCopyResult copy(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @Valid @NotNull MentorCopyRequest request) {
        return copies.copy(programmeId, cohortId, request);
    }

    static final class Examples {
        static final String REQUEST = """
                {"fromCohortId": "8b1d7e2a-4c6f-4e3b-9d1a-2f7c5e8a0b13",
                 "mentorIds": ["9c2e4f6a-1b3d-4e5f-8a7b-6c5d4e3f2a1b", "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d"]}""";
        static final String RESULT = """
                {"copied": [{"fromId": "9c2e4f6a-1b3d-4e5f-8a7b-6c5d4e3f2a1b", "id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a"}],
                 "skipped": [{"mentorId": "1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d", "reason": "a mentor of this cohort has the same e-mail"}]}""";

        private Examples() {
        }
    }
}
