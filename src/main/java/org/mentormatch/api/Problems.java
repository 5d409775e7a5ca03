package org.mentormatch.api;

import jakarta.ws.rs.core.UriInfo;
import java.net.URI;

/** What every problem this service writes shares: type URIs under one prefix, and the request as instance. */
public final class Problems {

    private static final String TYPE_PREFIX = "https://mentor-match.org/problems/";

    private Problems() {
    }

    /** The stable type URI of a problem, e.g. {@code https://mentor-match.org/problems/run-active}. */
    static URI type(String slug) {
        return URI.create(TYPE_PREFIX + slug);
    }

    /**
     * The request's path as a problem's {@code instance}: as the client sent it, still percent-encoded. The decoded
     * path is no URI once an id holds a space, a brace or a lone %, and URI.create would throw.
     */
    public static URI instance(UriInfo uri) {
        return URI.create(uri.getRequestUri().getRawPath());
    }
}
