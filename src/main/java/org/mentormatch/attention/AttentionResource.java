package org.mentormatch.attention;

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
import org.mentormatch.match.MatchResponse;
import org.mentormatch.security.Roles;

@Path("/programmes/{programmeId}/cohorts/{cohortId}/matches/{matchId}/attention/clear")
@Tag(name = "Programme year")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AttentionResource {

    private final AttentionService attention;

    public AttentionResource(AttentionService attention) {
        this.attention = attention;
    }

    @POST
    @RolesAllowed({Roles.ADMIN, Roles.COORDINATOR})
    @Operation(operationId = "clearMatchAttention", summary = "Clear a match's attention",
            description = "The coordinator has looked at the match and it needs nothing more: the reasons it has now "
                    + "are silenced, and a later trigger (a new poor answer, a new stall period, a newly overdue round) "
                    + "raises it again. Audited with the reason. A match that needs no attention is refused with 409. "
                    + "To end the match instead, decide it ENDED (decideMatch).")
    @RequestBody(content = @Content(examples = @ExampleObject(name = "clear", value = Examples.CLEAR)))
    @APIResponse(responseCode = "200", description = "The match, without the cleared reasons",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MatchResponse.class)))
    @APIResponse(responseCode = "400", ref = BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = NOT_FOUND)
    @APIResponse(responseCode = "409", ref = CONFLICT)
    @APIResponse(responseCode = "413", ref = PAYLOAD_TOO_LARGE)
    @APIResponse(responseCode = "415", ref = UNSUPPORTED_MEDIA_TYPE)
    public MatchResponse clear(@PathParam("programmeId") UUID programmeId, @PathParam("cohortId") UUID cohortId,
            @PathParam("matchId") UUID matchId, @Valid @NotNull ClearRequest request) {
        return attention.clear(programmeId, cohortId, matchId, request.reason());
    }

    static final class Examples {
        static final String CLEAR = """
                {"reason": "Talked to both; they meet again after the holidays"}""";

        private Examples() {
        }
    }
}
