package org.mentormatch.api;

import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.NotFoundException;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * The router drops matrix parameters before matching, so {@code …/mentors/;x=1} would be answered as the list
 * {@code …/mentors/}, an answer the operation the caller named does not have. No operation takes matrix
 * parameters: a path with a raw {@code ;} names no resource.
 */
public class NoMatrixParameters {

    @ServerRequestFilter(preMatching = true)
    public void refuseMatrixParameters(HttpServerRequest request) {
        // The path as it arrived: the request URI JAX-RS gives a filter has the parameters dropped already.
        if (request.path().contains(";")) {
            throw new NotFoundException("No resource has this path: it holds matrix parameters (;), which no operation takes");
        }
    }
}
