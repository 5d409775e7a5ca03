package org.mentormatch.match;

import java.time.LocalDate;
import java.util.List;

/** What the year after publication added to a match: its meetings and the reasons it needs attention now. */
public record FollowUp(LocalDate lastCheckInOn, long checkIns, List<AttentionReason> attention) {

    public static final FollowUp NONE = new FollowUp(null, 0, List.of());

    public FollowUp {
        attention = List.copyOf(attention);
    }
}
