package org.mentormatch.api.idempotency;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.CurrentVertxRequest;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Makes a create safe to retry (draft-ietf-httpapi-idempotency-key-header): the first request with a key takes
 * it, and its answer (status, Location, body) is kept for a day per caller in PostgreSQL, so a retry sent to any
 * instance gets that answer again and creates nothing. The same key with another body is a 422 problem; a retry
 * while the first is still being answered is a 409. Runs inside the resource method, after authentication.
 */
@Idempotent
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
class IdempotencyInterceptor {

    /** Printable ASCII without spaces, as a UUID or any client-made token is. */
    private static final Pattern VALID_KEY = Pattern.compile("[\\x21-\\x7E]{1,255}");
    private static final Pattern PROGRAMME = Pattern.compile("^/programmes/([0-9a-fA-F-]{36})(/|$)");
    private static final String PROBLEMS = "https://mentor-match.org/problems/";

    private final CurrentVertxRequest current;
    private final SecurityIdentity identity;
    private final IdempotencyStore store;
    private final ObjectMapper json;

    IdempotencyInterceptor(CurrentVertxRequest current, SecurityIdentity identity, IdempotencyStore store,
            ObjectMapper json) {
        this.current = current;
        this.identity = identity;
        this.store = store;
        this.json = json;
    }

    @AroundInvoke
    Object once(InvocationContext invocation) throws Exception {
        HttpServerRequest request = current.getCurrent().request();
        String key = request.getHeader(Idempotent.HEADER);
        if (key == null) {
            return invocation.proceed();
        }
        if (!VALID_KEY.matcher(key).matches()) {
            throw HttpProblem.builder().withStatus(400).withTitle("Bad Request")
                    .withDetail("Idempotency-Key must be 1-255 printable ASCII characters without spaces")
                    .with("violations", List.of(Map.of("field", Idempotent.HEADER, "in", "header",
                            "message", "must be 1-255 printable ASCII characters without spaces")))
                    .build();
        }
        String caller = identity.getPrincipal().getName();
        String fingerprint = fingerprint(invocation, request.path());
        Optional<StoredResponse> earlier;
        try {
            earlier = store.takeOrFind(caller, key, fingerprint, programmeOf(request.path()));
        } catch (RuntimeException e) {
            throw inProgress(); // another request took the key between our look and our insert
        }
        if (earlier.isPresent()) {
            return replay(invocation, earlier.get(), fingerprint);
        }
        Object result;
        try {
            result = invocation.proceed();
        } catch (Exception e) {
            store.release(caller, key);
            throw e;
        }
        // Outside the try: once the work is done the key is never released, or a retry would create twice.
        remember(caller, key, result);
        return result;
    }

    private Object replay(InvocationContext invocation, StoredResponse earlier, String fingerprint) throws Exception {
        if (!earlier.fingerprint.equals(fingerprint)) {
            throw HttpProblem.builder().withType(URI.create(PROBLEMS + "idempotency-key-reused")).withStatus(422)
                    .withTitle("Unprocessable Content")
                    .withDetail("This Idempotency-Key was used with another request; use a new key for a new request")
                    .build();
        }
        if (!earlier.isComplete()) {
            throw inProgress();
        }
        Class<?> returned = invocation.getMethod().getReturnType();
        boolean wrapped = RestResponse.class.isAssignableFrom(returned);
        JavaType entityType = json.getTypeFactory().constructType(invocation.getMethod().getGenericReturnType());
        if (wrapped) {
            entityType = entityType.containedTypeOrUnknown(0);
        }
        Object entity = earlier.body == null ? null : json.readValue(earlier.body, entityType);
        if (!wrapped) {
            return entity;
        }
        var replayed = RestResponse.ResponseBuilder.create(earlier.status).entity(entity);
        if (earlier.location != null) {
            replayed.location(URI.create(earlier.location));
        }
        return replayed.build();
    }

    private void remember(String caller, String key, Object result) throws JsonProcessingException {
        int status = 200;
        URI location = null;
        Object entity = result;
        if (result instanceof RestResponse<?> response) {
            status = response.getStatus();
            location = response.getLocation();
            entity = response.getEntity();
        } else if (result instanceof Response response) {
            status = response.getStatus();
            location = response.getLocation();
            entity = response.getEntity();
        }
        store.complete(caller, key, status, location == null ? null : location.toString(),
                entity == null ? null : json.writeValueAsString(entity));
    }

    /** The operation, its path and its body (the parameters that are values, not JAX-RS context objects). */
    private String fingerprint(InvocationContext invocation, String path) throws JsonProcessingException {
        List<Object> body = Arrays.stream(invocation.getParameters())
                .filter(parameter -> parameter instanceof Record || parameter instanceof UUID
                        || parameter instanceof CharSequence || parameter instanceof Number
                        || parameter instanceof Enum || parameter instanceof Boolean)
                .toList();
        String described = invocation.getMethod().toGenericString() + " " + path + " " + json.writeValueAsString(body);
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(described.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static UUID programmeOf(String path) {
        Matcher matcher = PROGRAMME.matcher(path);
        if (!matcher.find()) {
            return null;
        }
        try {
            return UUID.fromString(matcher.group(1));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static HttpProblem inProgress() {
        return HttpProblem.builder().withType(URI.create(PROBLEMS + "idempotency-key-in-use")).withStatus(409)
                .withTitle("Conflict")
                .withDetail("A request with this Idempotency-Key is still being answered; retry in a moment")
                .build();
    }
}
