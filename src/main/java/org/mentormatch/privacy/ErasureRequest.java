package org.mentormatch.privacy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A person's request to be forgotten by a programme. */
@Schema(name = "ErasureRequest", description = "The person whose data is to be erased, and why")
public record ErasureRequest(
        @NotBlank @Email @Size(max = 320)
        @Schema(description = "Matched in any case against every mentor and mentee of the programme",
                example = "li.wei@example.com", maxLength = 320, required = true)
        String email,
        @Size(max = 500)
        @Schema(description = "Recorded in the audit trail (any e-mail address in it is erased too)",
                example = "Request by e-mail of 3 March 2026", maxLength = 500)
        String reason) {
}
