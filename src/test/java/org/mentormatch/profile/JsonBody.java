package org.mentormatch.profile;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request body as a JSON object that a test can bend into any shape, valid or not: {@code with("wishes.note", x)}
 * sets a nested field, {@code without("email")} leaves one out.
 */
final class JsonBody {

    private final Map<String, Object> fields = new LinkedHashMap<>();

    static JsonBody mentor(String email) {
        return new JsonBody()
                .with("displayName", "Mette Hansen")
                .with("email", email)
                .with("field", "2511")
                .with("languages", List.of("da", "en"));
    }

    static JsonBody mentee(String email) {
        return new JsonBody()
                .with("displayName", "Ana Lima")
                .with("email", email)
                .with("field", "2512")
                .with("languages", List.of("pt", "en"));
    }

    @SuppressWarnings("unchecked")
    JsonBody with(String path, Object value) {
        Map<String, Object> target = fields;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length - 1; i++) {
            target = (Map<String, Object>) target.computeIfAbsent(names[i], name -> new LinkedHashMap<String, Object>());
        }
        target.put(names[names.length - 1], value);
        return this;
    }

    JsonBody without(String name) {
        fields.remove(name);
        return this;
    }

    Map<String, Object> asMap() {
        return fields;
    }
}
