package org.mentormatch.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.UUID;

/** The problem types this service answers with besides validation errors; each has a stable type URI. */
public final class Problems {

    private static final String TYPE_PREFIX = "https://mentor-match.org/problems/";

    private Problems() {
    }

    public static HttpProblem notFound(String resource, UUID id) {
        return problem(Status.NOT_FOUND, "not-found", "Not Found", "%s %s does not exist".formatted(resource, id))
                .with("resource", resource)
                .with("id", id)
                .build();
    }

    /**
     * The request's path as a problem's {@code instance}: as the client sent it, still percent-encoded. The decoded
     * path is no URI once an id holds a space, a brace or a lone %, and URI.create would throw.
     */
    public static URI instance(UriInfo uri) {
        return URI.create(uri.getRequestUri().getRawPath());
    }

    /** A 404 for something other than a missing resource, such as a feature this deployment does not offer. */
    public static HttpProblem notAvailable(String type, String detail) {
        return problem(Status.NOT_FOUND, type, "Not Found", detail).build();
    }

    public static HttpProblem conflict(String type, String detail) {
        return problem(Status.CONFLICT, type, "Conflict", detail).build();
    }

    public static HttpProblem.Builder conflictBuilder(String type, String detail) {
        return problem(Status.CONFLICT, type, "Conflict", detail);
    }

    public static HttpProblem stale(long currentVersion) {
        return problem(Status.PRECONDITION_FAILED, "stale", "Precondition Failed",
                "The resource has changed since you read it (If-Match); read it again and reapply your change")
                .with("currentETag", ETags.of(currentVersion).toString())
                .build();
    }

    private static HttpProblem.Builder problem(Status status, String type, String title, String detail) {
        return HttpProblem.builder()
                .withType(URI.create(TYPE_PREFIX + type))
                .withStatus(status)
                .withTitle(title)
                .withDetail(detail);
    }
}
