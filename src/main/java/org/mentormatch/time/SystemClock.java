package org.mentormatch.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock the programme year's day rules read (due feedback, stalled pairs, dates not in the future), injected
 * rather than read from {@code now()} so that a test or another bean can stand in for it.
 */
public class SystemClock {

    @Produces
    @DefaultBean
    @ApplicationScoped
    Clock clock() {
        return Clock.systemUTC();
    }
}
