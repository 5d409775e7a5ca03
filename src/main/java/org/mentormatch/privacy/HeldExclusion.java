package org.mentormatch.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.exclusion.ExclusionResponse;

@Schema(name = "HeldExclusion", description = "A pair with the person that a coordinator ruled out, and why")
public record HeldExclusion(Counterpart counterpart, ExclusionResponse exclusion) {
}
