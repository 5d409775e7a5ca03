package org.mentormatch.matching.model;

/** How a mentee wants to meet their mentor. */
public enum MeetingMode {
    IN_PERSON,
    ONLINE,
    EITHER;

    public boolean acceptsOnline() {
        return this != IN_PERSON;
    }
}
