package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.MixQuotaFact;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/** A mentor's group holding more mentees of one value than a mix quota allows. */
public record MixQuotaJustification(UUID mentorId, String on, String value, int mentees, int limit, int capacity,
        String description) implements ConstraintJustification {

    public static MixQuotaJustification of(MentorFact mentor, MixQuotaFact quota, int valueId, int mentees) {
        String value = quota.values().get(valueId);
        int limit = quota.quota().limit(mentor.capacity());
        return new MixQuotaJustification(mentor.id(), quota.quota().on(), value, mentees, limit, mentor.capacity(),
                "%d of the mentor's mentees share the %s %s; the mix quota allows %d in a group of %d."
                        .formatted(mentees, quota.quota().label(), value, limit, mentor.capacity()));
    }
}
