package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.mentormatch.matching.model.MentorFact;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A mentor judged on how many mentees they have (capacity, balanced load). */
public record MentorLoadJustification(UUID mentorId, int mentees, int capacity, String description)
        implements ConstraintJustification {

    public static MentorLoadJustification overCapacity(MentorFact mentor, int mentees) {
        return new MentorLoadJustification(mentor.id(), mentees, mentor.capacity(),
                "The mentor has %d mentees but room for only %d.".formatted(mentees, mentor.capacity()));
    }

    public static MentorLoadJustification load(MentorFact mentor, int mentees) {
        return new MentorLoadJustification(mentor.id(), mentees, mentor.capacity(),
                "The mentor has %d mentees.".formatted(mentees));
    }
}
