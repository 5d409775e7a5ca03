package org.mentormatch.match;

/** Why a published match needs a coordinator's attention. */
public enum AttentionKind {
    /** A side answered feedback with fit 2 or less, or would not continue. */
    POOR_FIT,
    /** No check-in for the programme's stalledAfterDays. */
    STALLED,
    /** A feedback round is still unanswered 14 days after it fell due. */
    FEEDBACK_OVERDUE
}
