package org.mentormatch.checkin;

/** How a pair met. */
public enum CheckInMode {
    IN_PERSON,
    ONLINE,
    PHONE
}
