package org.mentormatch.demo;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Whether coordinators may fill a cohort with made-up profiles: on while developing and testing, off in production. */
@ConfigMapping(prefix = "mentor-match.demo-data")
public interface DemoDataConfig {

    @WithDefault("false")
    boolean enabled();
}
