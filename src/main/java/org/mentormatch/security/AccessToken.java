package org.mentormatch.security;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AccessToken", description = "A signed bearer token")
public record AccessToken(
        @Schema(description = "Send as `Authorization: Bearer <token>`", required = true) String token,
        @Schema(description = "When it stops being accepted", required = true) Instant expiresAt) {
}
