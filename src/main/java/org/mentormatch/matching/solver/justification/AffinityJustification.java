package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A pair a coordinator rated, from −100 (keep apart) to +100 (a natural fit). */
public record AffinityJustification(UUID menteeId, UUID mentorId, int score, String description)
        implements ConstraintJustification {
}
