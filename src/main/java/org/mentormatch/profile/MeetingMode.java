package org.mentormatch.profile;

/** How a mentee would like to meet their mentor. */
public enum MeetingMode {
    IN_PERSON,
    ONLINE,
    EITHER
}
