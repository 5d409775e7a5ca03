package org.mentormatch.match;

import java.util.List;

/** A match's place in review: proposed by the engine or a coordinator's decision on it. */
public enum MatchStatus {
    PROPOSED,
    ACCEPTED,
    REJECTED,
    PUBLISHED,
    ENDED;

    /** Pairs that hold a mentee and a mentor's capacity: a new run keeps them as they are. */
    public static final List<MatchStatus> LIVE = List.of(ACCEPTED, PUBLISHED);
    /** A mentee has at most one match in these states. */
    public static final List<MatchStatus> OPEN = List.of(PROPOSED, ACCEPTED, PUBLISHED);
    /** The statuses of a pair in its programme year: published, or ended after that. */
    public static final List<MatchStatus> YEAR = List.of(PUBLISHED, ENDED);
}
