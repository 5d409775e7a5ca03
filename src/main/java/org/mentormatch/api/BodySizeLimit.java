package org.mentormatch.api;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers an oversized body with a 413 problem before it is read. Vert.x enforces its own limit
 * ({@code quarkus.http.limits.max-body-size}), but with an empty body that a client cannot interpret. That limit
 * is sized for the bulk bodies, a cohort's affinity list (100,000 pairs, about 11 MB) and a spreadsheet import
 * ({@code mentor-match.import.max-body-size}, at most the Vert.x limit); every other body is held to the much
 * smaller {@code mentor-match.http.max-body-size} here. A chunked body without Content-Length is only held to the
 * Vert.x limit.
 */
@ApplicationScoped
public class BodySizeLimit {

    private static final String BULK_PATH_SUFFIX = "/affinities";
    private static final String IMPORT_PATH_SUFFIX = "/imports";
    /** Right after the routes that add {@code quarkus.http.header.*} (order MIN_VALUE), so a 413 carries them too. */
    private static final int ORDER = Integer.MIN_VALUE + 1;

    private final long maxBytes;
    private final long maxBulkBytes;
    private final long maxImportBytes;

    public BodySizeLimit(@ConfigProperty(name = "mentor-match.http.max-body-size") MemorySize maxBodySize,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBulkBodySize,
            @ConfigProperty(name = "mentor-match.import.max-body-size") MemorySize maxImportBodySize) {
        this.maxBytes = maxBodySize.asLongValue();
        this.maxBulkBytes = maxBulkBodySize.asLongValue();
        this.maxImportBytes = maxImportBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(context -> {
            String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
            String path = context.request().path();
            long limit = path.endsWith(BULK_PATH_SUFFIX) ? maxBulkBytes
                    : path.endsWith(IMPORT_PATH_SUFFIX) ? maxImportBytes : maxBytes;
            if (length != null && isTooLarge(length, limit)) {
                context.response()
                        .setStatusCode(413)
                        .putHeader(HttpHeaders.CONTENT_TYPE, ApiDefinition.PROBLEM_JSON)
                        .putHeader(HttpHeaders.CONNECTION, "close")
                        .end(new JsonObject()
                                .put("status", 413)
                                .put("title", "Request Entity Too Large")
                                .put("detail", "The request body is larger than %d bytes".formatted(limit))
                                .put("instance", context.request().path())
                                .encode());
            } else {
                context.next();
            }
        });
    }

    private static boolean isTooLarge(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false; // Vert.x rejects a malformed Content-Length itself
        }
    }
}
