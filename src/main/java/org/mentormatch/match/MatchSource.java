package org.mentormatch.match;

/** Who made the pair: the engine's proposal, or a coordinator by hand. */
public enum MatchSource {
    SOLVER,
    MANUAL
}
