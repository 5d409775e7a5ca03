package org.mentormatch.audit;

import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;

/**
 * Who is acting in this request. Until authentication lands it is the {@code X-Actor} header; this is the one
 * place to change when it comes from a token instead.
 */
@RequestScoped
public class Actor {

    public static final String HEADER = "X-Actor";
    public static final String DESCRIPTION = "Who is acting, recorded in the audit trail (until authentication lands)";
    static final String UNKNOWN = "unknown";
    private static final int MAX_LENGTH = 200;

    private final Instance<HttpServerRequest> request;

    public Actor(Instance<HttpServerRequest> request) {
        this.request = request;
    }

    public String name() {
        String header = request.isResolvable() ? request.get().getHeader(HEADER) : null;
        if (header == null || header.isBlank()) {
            return UNKNOWN;
        }
        String name = header.strip();
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
