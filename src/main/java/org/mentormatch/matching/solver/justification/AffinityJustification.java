package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.PairTable;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A pair a coordinator rated, from −100 (keep apart) to +100 (a natural fit). */
public record AffinityJustification(UUID menteeId, UUID mentorId, int score, String description)
        implements ConstraintJustification {

    public static AffinityJustification of(MenteeAssignment assignment, PairTable table) {
        int score = table.affinity(assignment);
        return new AffinityJustification(assignment.getId(), assignment.getMentor().id(), score,
                "A coordinator rated this pair %+d.".formatted(score));
    }
}
