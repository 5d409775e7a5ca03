package org.mentormatch.matchrun;

/** Where a match run is. The row in PostgreSQL is the truth; QUEUED and SOLVING are the active states. */
public enum RunStatus {
    QUEUED,
    SOLVING,
    COMPLETED,
    /** Stopped early by a coordinator; the best result found so far is kept. */
    CANCELLED,
    FAILED;

    public boolean isActive() {
        return this == QUEUED || this == SOLVING;
    }

    public boolean hasProposals() {
        return this == COMPLETED || this == CANCELLED;
    }
}
