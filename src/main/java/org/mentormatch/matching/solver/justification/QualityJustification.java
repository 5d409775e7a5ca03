package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.PairTable;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A pair judged on its overall quality (fairness, minimum quality); quality is 0-100. */
public record QualityJustification(UUID menteeId, UUID mentorId, int quality, String description)
        implements ConstraintJustification {

    public static QualityJustification belowMinimum(MenteeAssignment assignment, PairTable table) {
        return of(assignment, table, "The mentee and the mentor would be a pair of quality %d, below the minimum of %d.",
                table.policy().minimumQuality());
    }

    public static QualityJustification shortOfGood(MenteeAssignment assignment, PairTable table, int goodQuality) {
        return of(assignment, table, "The mentee and the mentor are a pair of quality %d, short of a good match (%d).",
                goodQuality);
    }

    private static QualityJustification of(MenteeAssignment assignment, PairTable table, String template,
            int threshold) {
        int quality = table.quality(assignment);
        return new QualityJustification(assignment.getId(), assignment.getMentor().id(), quality,
                template.formatted(quality, threshold));
    }
}
