package org.mentormatch.refusal;

import java.util.List;

/** The request is well formed but the cohort's state does not allow it now; the type says which rule. */
public final class Conflict extends Refusal {

    public Conflict(String type, String detail) {
        super(type, detail, List.of());
    }

    public Conflict(String type, String detail, List<Violation> violations) {
        super(type, detail, violations);
    }

    /** Names something the client needs to resolve the conflict, such as the run still solving. */
    public Conflict with(String name, Object value) {
        put(name, value);
        return this;
    }
}
