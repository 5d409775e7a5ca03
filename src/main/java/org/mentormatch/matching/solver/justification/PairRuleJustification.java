package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a pair breaks a pair rule: excluded, same employer, no common language, fields too far apart, or a required
 * criterion not met.
 */
public record PairRuleJustification(UUID menteeId, UUID mentorId, String description)
        implements ConstraintJustification {
}
