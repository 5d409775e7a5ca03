package org.mentormatch.match;

import static org.mentormatch.api.ApiDefinition.BAD_REQUEST;
import static org.mentormatch.api.ApiDefinition.CONFLICT;
import static org.mentormatch.api.ApiDefinition.NOT_FOUND;

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

@Path("/programmes/{programmeId}/cohorts/{cohortId}/mentors/{mentorId}/withdrawal")
@Tag(name = "Review")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MentorWithdrawalResource {

    private final WithdrawalService withdrawals;

    public MentorWithdrawalResource(WithdrawalService withdrawals) {
        this.withdrawals = withdrawals;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "withdrawMentor", summary = "Withdraw a mentor from the programme",
            description = "Their open matches end; a REPAIR run then re-matches whoever was left without a pair. "
                    + "Refused when the mentor has already withdrawn (409).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "moved",
            value = "{\"reason\": \"MOVED_AWAY\", \"date\": \"2026-02-01\", \"note\": \"Family moved abroad\"}")))
    @APIResponse(responseCode = "200", description = "Withdrawn",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WithdrawalResult.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    public WithdrawalResult withdraw(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("mentorId") UUID mentorId, @Valid @NotNull WithdrawalRequest request) {
        return withdrawals.withdrawMentor(programmeId, cohortId, mentorId, request);
    }
}
