package org.mentormatch.refusal;

import java.util.List;

/**
 * Fields of a request that passed validation but fail against the data, such as an id that is not of this
 * cohort; like a validation error it has no type, the violations say it all. Or a body that cannot be read at
 * all, which has a type and a detail instead.
 */
public final class Invalid extends Refusal {

    public Invalid(List<Violation> violations) {
        super(null, null, violations);
    }

    public Invalid(String field, String message) {
        this(List.of(new Violation(field, message)));
    }

    private Invalid(String type, String detail, List<Violation> violations) {
        super(type, detail, violations);
    }

    /** The body as a whole cannot be read, such as a file that is not what its type says. */
    public static Invalid unreadable(String type, String detail) {
        return new Invalid(type, detail, List.of());
    }
}
