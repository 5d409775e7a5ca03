package org.mentormatch.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.hibernate.validator.runtime.jaxrs.ResteasyReactiveViolationException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Invalid parameters or body of a REST call, as a 400 problem with one entry per violation, in the same shape
 * quarkus-resteasy-problem writes, but with body fields named by {@link ViolationPaths}, so that a bad list
 * element reads {@code languages[1]}. Violations outside REST calls are not mapped here: they stay server errors.
 */
public class ConstraintViolationMapper {

    @ServerExceptionMapper
    public Response invalidRequest(ResteasyReactiveViolationException e, UriInfo uri, ResourceInfo resource) {
        List<Map<String, String>> violations = e.getConstraintViolations().stream()
                .map(violation -> describe(violation, resource))
                .sorted(Comparator.comparing((Map<String, String> violation) -> violation.get("field")))
                .toList();
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withInstance(Problems.instance(uri))
                .with("violations", violations)
                .build()
                .toResponse();
    }

    private static Map<String, String> describe(ConstraintViolation<?> violation, ResourceInfo resource) {
        List<Path.Node> below = new ArrayList<>();
        Parameter parameter = null;
        for (Path.Node node : violation.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER && resource.getResourceMethod() != null) {
                int index = node.as(Path.ParameterNode.class).getParameterIndex();
                parameter = resource.getResourceMethod().getParameters()[index];
            } else if (node.getKind() != ElementKind.METHOD) {
                below.add(node);
            }
        }
        String field = ViolationPaths.of(below);
        String in = "body";
        if (parameter != null && parameter.isAnnotationPresent(QueryParam.class)) {
            in = "query";
            field = parameter.getAnnotation(QueryParam.class).value();
        } else if (parameter != null && parameter.isAnnotationPresent(PathParam.class)) {
            in = "path";
            field = parameter.getAnnotation(PathParam.class).value();
        } else if (parameter != null && parameter.isAnnotationPresent(HeaderParam.class)) {
            in = "header";
            field = parameter.getAnnotation(HeaderParam.class).value();
        } else if (parameter != null && parameter.isAnnotationPresent(FormParam.class)) {
            in = "form";
            field = parameter.getAnnotation(FormParam.class).value();
        }
        return Map.of("field", field, "in", in, "message", violation.getMessage());
    }
}
