package org.mentormatch.preference;

/** Who states: a mentee ranks mentors, a mentor accepts or declines mentees. */
enum Side {
    MENTEE("menteeId", "mentor"),
    MENTOR("mentorId", "mentee");

    private final String idProperty;
    private final String counterpart;

    Side(String idProperty, String counterpart) {
        this.idProperty = idProperty;
        this.counterpart = counterpart;
    }

    /** The entity property naming the person who stated. */
    String idProperty() {
        return idProperty;
    }

    /** What the lists name: "mentor" for a mentee's ranking. */
    String counterpart() {
        return counterpart;
    }
}
