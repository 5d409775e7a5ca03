package org.mentormatch.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.EntityTag;
import java.util.Arrays;
import org.mentormatch.refusal.Stale;

/** Strong ETags built from a row's optimistic-locking version, and the If-Match check that uses them. */
public final class ETags {

    public static final String IF_MATCH = "If-Match";
    /** 428 (RFC 6585), which JAX-RS 3.1 has no constant for. */
    private static final int PRECONDITION_REQUIRED = 428;

    private ETags() {
    }

    public static EntityTag of(long version) {
        return new EntityTag(Long.toString(version));
    }

    /**
     * Like {@link #requireMatch}, but a write without If-Match is refused too (428, RFC 6585): for callers such as
     * a participant's page, which may sit open for days, a silent overwrite is the likelier mistake.
     */
    public static void requireCurrent(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw HttpProblem.builder()
                    .withStatus(PRECONDITION_REQUIRED)
                    .withTitle("Precondition Required")
                    .withType(Problems.type("if-match-required"))
                    .withDetail("Send the ETag you read in If-Match, so that a change made meanwhile is not overwritten")
                    .build();
        }
        requireMatch(ifMatch, currentVersion);
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
