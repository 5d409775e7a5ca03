package org.mentormatch.webhook;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Where webhooks may point and how their deliveries are sent and retried. */
@ConfigMapping(prefix = "mentor-match.webhooks")
public interface WebhookSettings {

    /**
     * Whether a webhook may use plain http to this machine (127.0.0.0/8, ::1, localhost): a receiver under
     * development. Every other http URL is refused, so deliveries never cross a network unencrypted.
     */
    @WithDefault("false")
    boolean allowInsecureLoopback();

    /**
     * The only hosts a webhook may point at, when set (names as written in the URL, any case). A deployment that
     * knows its receivers lists them, and no coordinator can make the service call anywhere else.
     */
    Optional<List<String>> allowedHosts();

    /** How long a delivery waits for the receiver's connection. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** How long a delivery waits for the receiver's whole answer; a slow receiver is a failed attempt. */
    @WithDefault("15s")
    Duration requestTimeout();

    /**
     * The waits before each retry of a delivery that failed, after the first attempt at once; when they are used
     * up the delivery is FAILED. Standard Webhooks' schedule: about a day in all.
     */
    @WithDefault("5s,5m,30m,2h,5h,10h,10h")
    List<Duration> retryDelays();
}
