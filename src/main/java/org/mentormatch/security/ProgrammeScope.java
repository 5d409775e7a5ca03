package org.mentormatch.security;

import java.util.UUID;
import java.util.function.Supplier;

/**
 * Which programmes' rows the database shows to work that runs outside a request: a match run's solver thread,
 * a scheduled job. Requests take their scope from the caller's token instead. The scope is applied when a
 * database connection is handed out, so enter it before the transaction starts, never inside one.
 * Work with no scope at all sees no rows (PostgreSQL row-level security), so a forgotten scope fails closed.
 */
public final class ProgrammeScope {

    /** The setting's value that stands for every programme. */
    static final String EVERY_PROGRAMME = "*";

    private static final ThreadLocal<String> EXPLICIT = new ThreadLocal<>();

    private ProgrammeScope() {
    }

    /** Runs {@code work} seeing the rows of one programme only. */
    public static <T> T forProgramme(UUID programmeId, Supplier<T> work) {
        return within(programmeId.toString(), work);
    }

    /** Runs {@code work} seeing the rows of one programme only. */
    public static void forProgramme(UUID programmeId, Runnable work) {
        forProgramme(programmeId, () -> {
            work.run();
            return null;
        });
    }

    /** Runs {@code work} as the service itself, seeing every programme: jobs that span programmes. */
    public static <T> T system(Supplier<T> work) {
        return within(EVERY_PROGRAMME, work);
    }

    /** Runs {@code work} as the service itself, seeing every programme: jobs that span programmes. */
    public static void system(Runnable work) {
        system(() -> {
            work.run();
            return null;
        });
    }

    /** The programmes set explicitly for this thread, if any: a comma-separated list or {@code *}. */
    static String explicit() {
        return EXPLICIT.get();
    }

    private static <T> T within(String programmes, Supplier<T> work) {
        String outer = EXPLICIT.get();
        EXPLICIT.set(programmes);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                EXPLICIT.remove();
            } else {
                EXPLICIT.set(outer);
            }
        }
    }
}
