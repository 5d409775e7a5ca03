package org.mentormatch.api;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.temporal.Temporal;
import java.util.Arrays;
import java.util.Collection;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A body, or a field in it, of the wrong JSON type ({@code "languages": "da"}, {@code []} for an object) as a 400
 * problem naming the field. Quarkus' own mapper for these answers plain JSON, or an empty body in production;
 * quarkus-resteasy-problem covers only the unknown-field and bad-format kinds. Priority 1 so this one is chosen.
 */
public class WrongJsonTypeMapper {

    @ServerExceptionMapper(priority = 1)
    public Response wrongType(MismatchedInputException e, UriInfo uri) {
        String field = ViolationPaths.ofJson(e.getPath());
        String expected = expected(e.getTargetType());
        return HttpProblem.builder()
                .withStatus(Response.Status.BAD_REQUEST)
                .withTitle("Bad Request")
                .withDetail(field.isEmpty()
                        ? "The body must be " + expected
                        : "%s must be %s".formatted(field, expected))
                .withInstance(Problems.instance(uri))
                .with("field", field)
                .build()
                .toResponse();
    }

    /** What the target type is in JSON terms, without the Java class names behind it. */
    private static String expected(Class<?> type) {
        if (type == null) {
            return "of another JSON type";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (CharSequence.class.isAssignableFrom(type) || type == UUID.class || type == Character.class) {
            return "a string";
        }
        if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (Temporal.class.isAssignableFrom(type)) {
            return "a date or time as a string";
        }
        return "an object";
    }
}
