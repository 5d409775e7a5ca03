package org.mentormatch.matchrun;

/** What a run may change. */
public enum RunMode {
    /** Re-plan every mentee, keeping accepted and published pairs. */
    FULL,
    /** Match only mentees with no pair at all (orphans after a dropout, late joiners); every other pair stays. */
    REPAIR
}
