package org.mentormatch.api;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * {@code curl -X POST …/match-runs} sends no body and no Content-Type. Reading that as an empty JSON body lets
 * the operation answer with its defaults (or name the missing body) instead of a puzzling 415.
 */
public class EmptyBodyAsJson {

    @ServerRequestFilter(preMatching = true)
    public void treatAnEmptyBodyAsJson(ContainerRequestContext request) {
        String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
        boolean empty = length == null || length.trim().equals("0");
        boolean chunked = request.getHeaderString("Transfer-Encoding") != null;
        if (request.getMediaType() == null && empty && !chunked) {
            request.getHeaders().putSingle(HttpHeaders.CONTENT_TYPE, MediaType.APPLICATION_JSON);
        }
    }
}
