package org.mentormatch.privacy;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Whose personal data a coordinator asks for: in the body, so that the address stays out of URLs and access logs. */
@Schema(name = "PersonalDataSubject", description = "The person whose data is asked for, by the e-mail address they gave")
public record SubjectRequest(
        @NotBlank @Email @Size(max = 320)
        @Schema(description = "Matched in any case against every mentor and mentee of the programme",
                example = "li.wei@example.com", maxLength = 320, required = true)
        String email) {
}
