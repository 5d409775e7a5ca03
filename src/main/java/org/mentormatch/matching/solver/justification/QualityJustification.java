package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A pair judged on its overall quality (fairness, minimum quality); quality is 0-100. */
public record QualityJustification(UUID menteeId, UUID mentorId, int quality, String description)
        implements ConstraintJustification {
}
