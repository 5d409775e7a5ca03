package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A mentor judged on how many mentees they have (capacity, balanced load). */
public record MentorLoadJustification(UUID mentorId, int mentees, int capacity, String description)
        implements ConstraintJustification {
}
