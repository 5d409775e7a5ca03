package org.mentormatch.participant;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Invitation", description = "What a coordinator sends the participant: the link to their page, or the "
        + "token for a program of their own")
public record InvitationResponse(
        @Schema(description = "The participant's page: <public URL>/participant/<token> (the token is the last path "
                + "segment)", required = true,
                example = "https://mentoring.example.org/participant/eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW50ZWU6In0.c2ln")
        String link,
        @Schema(description = "A bearer token for the /me operations: role participant, this one profile. Inviting "
                + "again replaces it", required = true, example = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW50ZWU6In0.c2ln")
        String token,
        @Schema(description = "When the token stops being accepted", required = true, example = "2026-12-31T09:00:00Z")
        Instant expiresAt) {
}
