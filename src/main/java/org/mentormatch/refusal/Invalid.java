package org.mentormatch.refusal;

import java.util.List;

/**
 * Fields of a request that passed validation but fail against the data, such as an id that is not of this
 * cohort. Like a validation error it has no type: the violations say it all.
 */
public final class Invalid extends Refusal {

    public Invalid(List<Violation> violations) {
        super(null, null, violations);
    }

    public Invalid(String field, String message) {
        this(List.of(new Violation(field, message)));
    }
}
