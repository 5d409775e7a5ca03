package org.mentormatch.affinity;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A cohort's whole affinity list: what a coordinator sends to replace it, and what a read returns. */
@Schema(name = "AffinityList", description = "Every rated pair of a cohort; a pair left out is unrated (0)")
public record AffinityList(
        @NotNull @Size(max = AffinityList.MAX_ENTRIES) @Valid
        @Schema(description = "Each pair at most once, ordered by menteeId then mentorId when read",
                maxItems = AffinityList.MAX_ENTRIES, required = true)
        List<@NotNull Affinity> affinities) {

    public static final int MAX_ENTRIES = 100_000;
}
