package org.mentormatch.api;

import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import org.mentormatch.refusal.Stale;

/** Strong ETags built from a row's optimistic-locking version, and the If-Match check that uses them. */
public final class ETags {

    public static final String IF_MATCH = "If-Match";

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Refuses a write whose If-Match names another version. Without the header the write goes ahead: the
     * version column still stops two concurrent writers from both winning.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return;
        }
        String current = "\"" + currentVersion + "\"";
        boolean matches = Arrays.stream(ifMatch.split(","))
                .map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(current));
        if (!matches) {
            throw new Stale(currentVersion);
        }
    }
}
