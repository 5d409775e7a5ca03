package org.mentormatch.matching.solver.justification;

import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * A pair's rewards on the policy's attribute criteria, each listed: one constraint covers them all, because a
 * constraint's name is fixed when the solver is built and the criteria are the programme's.
 */
public record AttributeJustification(UUID menteeId, UUID mentorId, List<Scored> criteria, String description)
        implements ConstraintJustification {

    /** One criterion's score, 0-100 before weighting. */
    public record Scored(AttributeCriterion criterion, int score) {
    }

    public static AttributeJustification of(MenteeAssignment assignment, PairTable table) {
        List<Scored> scored = IntStream.range(0, table.attributeCriteria().size())
                .mapToObj(i -> new Scored(table.attributeCriteria().get(i),
                        table.attributeScore(i, assignment.getMentee(), assignment.getMentor())))
                .toList();
        return new AttributeJustification(assignment.getId(), assignment.getMentor().id(), scored,
                scored.stream().map(s -> "%s: %d of 100 (weight %d)".formatted(s.criterion().name(), s.score(),
                        s.criterion().level().weight())).collect(Collectors.joining("; ", "", ".")));
    }
}
