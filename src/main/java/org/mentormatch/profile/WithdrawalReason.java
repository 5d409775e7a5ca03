package org.mentormatch.profile;

/** Why a participant left the programme during the year. */
public enum WithdrawalReason {
    MOVED_AWAY,
    PARENTAL_LEAVE,
    FOUND_JOB,
    OTHER
}
