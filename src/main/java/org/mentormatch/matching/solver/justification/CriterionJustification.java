package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.Criterion;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A pair's reward on one criterion; criterion is its JSON name, score its 0-100 score before weighting. */
public record CriterionJustification(UUID menteeId, UUID mentorId, String criterion, int score, String description)
        implements ConstraintJustification {

    public static CriterionJustification of(Criterion criterion, MenteeAssignment assignment, PairTable table) {
        int score = table.score(criterion, assignment.getMentee(), assignment.getMentor());
        return new CriterionJustification(assignment.getId(), assignment.getMentor().id(), criterion.jsonName(), score,
                "%s: the mentee and the mentor score %d of 100 (weight %d).".formatted(criterion.label(), score,
                        table.weight(criterion)));
    }
}
