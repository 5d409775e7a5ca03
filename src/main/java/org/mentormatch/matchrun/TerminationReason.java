package org.mentormatch.matchrun;

/** Why the solver stopped. */
public enum TerminationReason {
    /** The exact phase proved the result optimal for the whole score: searching on could not improve it. */
    PROVEN_OPTIMAL,
    /** The result had not improved for the configured while. */
    UNIMPROVED,
    /** The run's time limit was reached. */
    TIME_LIMIT,
    /** Local search took the run's stepLimit steps. */
    STEP_LIMIT,
    /** Stopped by a coordinator; the best result found is kept. */
    CANCELLED
}
