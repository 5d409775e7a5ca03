package org.mentormatch.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Access an admin grants to one person where the service signs its own tokens. */
@Schema(name = "AccessTokenRequest", description = "Who gets access, in which role, to which programmes, for how long")
public record AccessTokenRequest(
        @NotBlank @Size(max = 200)
        @Pattern(regexp = "^(?!system:).*", message = "must not start with system: (reserved for the service's own jobs)")
        @Schema(description = "Who the token is for; recorded in the audit trail as the actor (not system:…, which "
                + "names the service's own jobs)", example = "anna@programme.dk", maxLength = 200, required = true)
        String subject,
        @NotNull @Pattern(regexp = Roles.ADMIN + "|" + Roles.COORDINATOR + "|" + Roles.VIEWER,
                message = "must be admin, coordinator or viewer")
        @Schema(description = "admin, coordinator or viewer", example = "coordinator", required = true)
        String role,
        @Size(max = 100)
        @Schema(description = "The programmes a coordinator or viewer may see (an admin sees all)")
        List<@NotNull UUID> programmes,
        @Min(1) @Max(720)
        @Schema(description = "How long the token is valid, in hours (1-720); 12 if left out", example = "12")
        Integer validHours) {

    private static final int DEFAULT_HOURS = 12;

    Duration validFor() {
        return Duration.ofHours(validHours == null ? DEFAULT_HOURS : validHours);
    }

    List<UUID> programmesOrNone() {
        return programmes == null ? List.of() : programmes;
    }
}
