package org.mentormatch.refusal;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the service turns down for a reason of its own: something is missing, clashes with the cohort's
 * state, was changed meanwhile, or is invalid. Services and entities throw these; the api renders each as its
 * problem, so nothing below the resources knows HTTP.
 */
public abstract sealed class Refusal extends RuntimeException permits NotFound, Conflict, Stale, Invalid, Unprocessable {

    private final String type;
    private final Map<String, Object> facts = new LinkedHashMap<>();
    private final List<Violation> violations;

    Refusal(String type, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.violations = List.copyOf(violations);
    }

    /** A stable slug naming the kind of refusal, such as {@code run-active}; null where the fields say it all. */
    public String type() {
        return type;
    }

    /** What was refused and what to do about it, in a sentence. */
    public String detail() {
        return getMessage();
    }

    /** The ids, statuses and lists a client needs to resolve it, in the order they were named. */
    public Map<String, Object> facts() {
        return Collections.unmodifiableMap(facts);
    }

    /** The request's fields at fault, if any. */
    public List<Violation> violations() {
        return violations;
    }

    void put(String name, Object value) {
        facts.put(name, value);
    }
}
