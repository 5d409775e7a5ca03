package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.mentormatch.matching.model.MenteeAssignment;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A mentee who has no mentor. */
public record UnmatchedJustification(UUID menteeId, String description)
        implements ConstraintJustification {

    public static UnmatchedJustification of(MenteeAssignment assignment) {
        return new UnmatchedJustification(assignment.getId(), "The mentee has no mentor.");
    }
}
