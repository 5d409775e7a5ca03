package org.mentormatch.matchrun;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One person's suggestions, best first. */
@Schema(name = "SuggestionList", description = "The best feasible counterparts for one person, best first")
public record SuggestionList(
        @Schema(description = "At most the limit asked for; empty when nobody fits") List<Suggestion> items) {
}
