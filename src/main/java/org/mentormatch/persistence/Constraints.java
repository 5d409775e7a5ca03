package org.mentormatch.persistence;

import org.hibernate.exception.ConstraintViolationException;

/**
 * Recognises a database constraint by name in a failed write, so that a service can answer a clash the database
 * caught (a unique key two requests raced for) as a client error rather than a 500.
 */
public final class Constraints {

    private Constraints() {
    }

    /** True if {@code e} or one of its causes says that the named constraint refused the write. */
    public static boolean violated(Throwable e, String constraint) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation
                    && (constraint.equals(violation.getConstraintName())
                            || String.valueOf(violation.getMessage()).contains(constraint))) {
                return true;
            }
        }
        return false;
    }
}
