package org.mentormatch.refusal;

/** A field of the request and what is wrong with it, e.g. {@code menteeId}: "is not a mentee of this cohort". */
public record Violation(String field, String message) {
}
