package org.mentormatch.privacy;

import java.util.UUID;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Profile;

/** Which side of a pair a profile is on; a pair's other side is their counterpart. */
public enum ParticipantRole {
    MENTOR,
    MENTEE;

    static ParticipantRole of(Profile profile) {
        return profile instanceof Mentee ? MENTEE : MENTOR;
    }

    /** The entity property that holds this side's id in a pair (match, proposal, exclusion). */
    String idProperty() {
        return this == MENTEE ? "menteeId" : "mentorId";
    }

    /** The other side's id in the pair {@code (menteeId, mentorId)}. */
    UUID counterpart(UUID menteeId, UUID mentorId) {
        return this == MENTEE ? mentorId : menteeId;
    }
}
