package org.mentormatch.checkin;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.api.StorableText;

/** A meeting to record. */
@Schema(name = "CheckInRequest", description = "A meeting of the pair")
public record CheckInRequest(
        @NotNull @Schema(required = true, description = "The day they met: not in the future, not before the match "
                + "was published", example = "2026-01-12") LocalDate date,
        @NotNull @Min(1) @Max(1440) @Schema(required = true, description = "How long, in minutes", example = "60")
        Integer minutes,
        @NotNull @Schema(required = true, example = "IN_PERSON") CheckInMode mode,
        @Size(max = 20) @Schema(description = "What they talked about", example = "[\"CV\", \"Danish workplace culture\"]")
        List<@NotBlank @Size(max = 100) @StorableText String> topics,
        @Size(max = 2000) @StorableText @Schema(example = "Went through two job adverts together") String note) {
}
