package org.mentormatch.intake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;

/**
 * One column of a profile sheet: a field of the profile request, by its JSON name ({@code wishes.preferredFields}
 * for a nested one) and by the label the template shows.
 *
 * @param path        the accessors from the request record to the value: one, or two for a nested field
 * @param description what the contract says of the field
 * @param allowed     the values it takes, in a coordinator's words
 * @param example     the value the template's example row shows
 */
record Column(String name, String label, CellType type, List<Method> path, String description, String allowed,
        boolean required, String example) {

    /** How a cell is read into the request's JSON. */
    enum CellType { TEXT, WHOLE_NUMBER, TRUE_FALSE, LIST, CHOICE,
        /** The programme's attribute values, whose keys vary by programme: one cell of JSON. */
        OBJECT }

    /** The request's value for this column, null when it or the record holding it is absent. */
    Object valueOf(Object request) {
        Object value = request;
        try {
            for (Method accessor : path) {
                if (value == null) {
                    return null;
                }
                value = accessor.invoke(value);
            }
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("Cannot read " + name, e); // record accessors are public and plain
        }
        return value;
    }
}
