package org.mentormatch.attribute;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A programme's attributes, replaced as a whole; {@code version} is ignored on input (use If-Match). */
@Schema(name = "ProgrammeAttributes", description = "The facts a programme collects about its participants, beyond "
        + "the fixed profile")
public record AttributeList(
        @NotNull @Size(max = MAX_ATTRIBUTES)
        @Schema(description = "At most 30, keys unique", required = true)
        List<@NotNull @Valid ProgrammeAttribute> attributes,
        @Schema(description = "Changes with every update; also sent as the ETag", readOnly = true, example = "0")
        Long version) {

    static final int MAX_ATTRIBUTES = 30;

    static final AttributeList NONE = new AttributeList(List.of(), 0L);
}
