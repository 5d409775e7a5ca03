package org.mentormatch.refusal;

import java.util.List;

/** A well-formed request whose content cannot be taken as it is, such as a sheet with invalid cells. */
public final class Unprocessable extends Refusal {

    public Unprocessable(String type, String detail) {
        super(type, detail, List.of());
    }

    /** Names what the client needs to mend the request, such as every invalid cell. */
    public Unprocessable with(String name, Object value) {
        put(name, value);
        return this;
    }
}
