package org.mentormatch.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * JAX-RS answers a query parameter it cannot convert ({@code ?limit=abc}, {@code ?status=FOO}) with 404, as
 * if the resource did not exist. This names the parameter in a 400 instead; every other 404 stays a 404.
 */
public class UnreadableQueryParameterMapper {

    @ServerExceptionMapper(priority = 1)
    public Response notFound(NotFoundException e, UriInfo uri) {
        HttpProblem.Builder problem = HttpProblem.builder().withInstance(Problems.instance(uri));
        String cause = e.getCause() == null ? null : String.valueOf(e.getCause().getMessage());
        if (cause != null) {
            for (Map.Entry<String, List<String>> parameter : uri.getQueryParameters().entrySet()) {
                if (parameter.getValue().stream().anyMatch(value -> !value.isEmpty() && cause.contains(value))) {
                    return problem.withStatus(Response.Status.BAD_REQUEST)
                            .withTitle("Bad Request")
                            .with("violations", List.of(Map.of("field", parameter.getKey(), "in", "query",
                                    "message", "cannot be read: " + parameter.getValue().get(0))))
                            .build()
                            .toResponse();
                }
            }
        }
        return problem.withStatus(Response.Status.NOT_FOUND).withTitle("Not Found").withDetail(e.getMessage())
                .build().toResponse();
    }
}
