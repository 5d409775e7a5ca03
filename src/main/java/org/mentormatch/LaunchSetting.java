package org.mentormatch;

import java.util.Locale;
import java.util.Optional;

/**
 * A setting read before Quarkus starts (its configuration is not up yet): a system property, else the
 * environment variable of the same name in Quarkus' upper-case form ({@code a.b-c} → {@code A_B_C}).
 */
public final class LaunchSetting {

    private LaunchSetting() {
    }

    public static Optional<String> of(String key) {
        String property = System.getProperty(key);
        if (property != null && !property.isBlank()) {
            return Optional.of(property);
        }
        String env = System.getenv(key.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_"));
        return Optional.ofNullable(env).filter(value -> !value.isBlank());
    }
}
