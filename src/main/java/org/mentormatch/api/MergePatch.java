package org.mentormatch.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import jakarta.ws.rs.core.Response.Status;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * JSON Merge Patch (RFC 7396) applied to a resource's request form: the patched request is then validated
 * exactly like a full replacement, so PATCH and PUT share one set of rules.
 */
@ApplicationScoped
public class MergePatch {

    public static final String MEDIA_TYPE = "application/merge-patch+json";

    private final ObjectMapper mapper;
    private final Validator validator;

    public MergePatch(ObjectMapper mapper, Validator validator) {
        this.mapper = mapper;
        this.validator = validator;
    }

    /** Malformed values in the patch surface as Jackson's exceptions, which become problem+json like a bad body. */
    public <T> T apply(T current, JsonNode patch, Class<T> type) throws JsonProcessingException {
        if (patch == null || !patch.isObject()) {
            throw HttpProblem.builder()
                    .withStatus(Status.BAD_REQUEST)
                    .withTitle("Bad Request")
                    .withDetail("A merge patch must be a JSON object")
                    .build();
        }
        JsonNode merged = merge(mapper.valueToTree(current), patch);
        T patched = mapper.treeToValue(merged, type);
        List<Map<String, String>> violations = validator.validate(patched).stream()
                .map(violation -> Map.of(
                        "field", ViolationPaths.of(violation.getPropertyPath()),
                        "in", "body",
                        "message", violation.getMessage()))
                .toList();
        if (!violations.isEmpty()) {
            throw HttpProblem.builder()
                    .withStatus(Status.BAD_REQUEST)
                    .withTitle("Bad Request")
                    .with("violations", violations)
                    .build();
        }
        return patched;
    }

    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject()
                ? ((ObjectNode) target).deepCopy()
                : JsonNodeFactory.instance.objectNode();
        for (Iterator<Map.Entry<String, JsonNode>> fields = patch.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getValue().isNull()) {
                result.remove(field.getKey());
            } else {
                result.set(field.getKey(), merge(result.get(field.getKey()), field.getValue()));
            }
        }
        return result;
    }
}
