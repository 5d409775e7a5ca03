package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A pair's reward on one criterion; criterion is its JSON name, score its 0-100 score before weighting. */
public record CriterionJustification(UUID menteeId, UUID mentorId, String criterion, int score, String description)
        implements ConstraintJustification {
}
