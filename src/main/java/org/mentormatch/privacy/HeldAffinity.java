package org.mentormatch.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.affinity.Affinity;

@Schema(name = "HeldAffinity", description = "A coordinator's rating of a pair with the person")
public record HeldAffinity(Counterpart counterpart, Affinity affinity) {
}
