package org.mentormatch.jobs;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * How this instance takes part in the cluster's job engine. The defaults revive the runs of a dead instance within
 * 30 s: it is dead after {@code heartbeat × missedHeartbeats} (10 s), found by a check every two heartbeats (4 s),
 * and picked up at the next poll (2 s).
 */
@ConfigMapping(prefix = "mentor-match.jobs")
public interface JobSettings {

    /** Jobs this instance works on at once; each match run takes one. */
    @WithDefault("4")
    int threads();

    /** How often an instance looks for work queued by another one (work queued here starts at once). */
    @WithDefault("2s")
    Duration pollingInterval();

    /** How often an instance tells the database that it is still working on its jobs. */
    @WithDefault("2s")
    Duration heartbeat();

    /** Heartbeats a job may miss before it is taken as dead and revived (db-scheduler needs at least 4). */
    @WithDefault("5")
    int missedHeartbeats();

    /** How long a stopping instance waits for its jobs to hand themselves back before it interrupts them. */
    @WithDefault("10s")
    Duration shutdownWait();
}
