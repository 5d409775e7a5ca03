package org.mentormatch.attribute;

/** What kind of value a programme attribute holds. Names are API: never rename them. */
public enum AttributeType {
    /** One of the options, as a string. */
    CHOICE,
    /** Any number of distinct options, as an array of strings. */
    MULTI_CHOICE,
    /** A number. */
    NUMBER,
    /** true or false. */
    BOOLEAN;

    public boolean hasOptions() {
        return this == CHOICE || this == MULTI_CHOICE;
    }
}
