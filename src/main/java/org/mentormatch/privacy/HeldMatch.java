package org.mentormatch.privacy;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.match.MatchResponse;

@Schema(name = "HeldMatch", description = "A match the person is in, with its decisions")
public record HeldMatch(Counterpart counterpart, MatchResponse match) {
}
