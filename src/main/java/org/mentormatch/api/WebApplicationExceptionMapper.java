package org.mentormatch.api;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Quarkus wraps a JSON syntax error, or a number too large for its field, in a bare "HTTP 400"; this says where
 * the body stopped being JSON, or which field the number does not fit. It has
 * to take over every plain WebApplicationException to do so (a mapper cannot pass one on), and answers the
 * others as quarkus-resteasy-problem would: their status, message and headers as a problem.
 */
public class WebApplicationExceptionMapper {

    @ServerExceptionMapper(priority = 1)
    public Response webApplicationException(WebApplicationException e, UriInfo uri) {
        HttpProblem.Builder problem = HttpProblem.builder().withInstance(Problems.instance(uri));
        if (e.getCause() instanceof StreamReadException cause) {
            JsonLocation at = cause.getLocation();
            String where = at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr());
            return problem.withStatus(Response.Status.BAD_REQUEST)
                    .withTitle("Bad Request")
                    .withDetail("The body is not valid JSON" + where + ": " + cause.getOriginalMessage())
                    .build()
                    .toResponse();
        }
        if (e.getCause() instanceof JsonMappingException cause) {
            // Valid JSON that does not fit the field, such as 1e400 for a whole number: name the field.
            return problem.withStatus(Response.Status.BAD_REQUEST)
                    .withTitle("Bad Request")
                    .withDetail(cause.getCause() instanceof InputCoercionException range
                            ? range.getOriginalMessage()
                            : "A value in the body cannot be read")
                    .with("field", ViolationPaths.ofJson(cause.getPath()))
                    .build()
                    .toResponse();
        }
        Response response = e.getResponse();
        response.getStringHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                values.forEach(value -> problem.withHeader(name, value));
            }
        });
        return problem.withStatus(response.getStatusInfo())
                .withTitle(response.getStatusInfo().getReasonPhrase())
                .withDetail(e.getMessage())
                .build()
                .toResponse();
    }
}
