package org.mentormatch.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.intake.Column.CellType;

/**
 * The columns of a mentor or mentee sheet, read from the request record the API takes, so that the sheet has
 * exactly the fields, descriptions and examples of the contract and a new field needs no second edit.
 */
final class ProfileColumns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProfileColumns() {
    }

    static List<Column> of(Class<? extends Record> requestType) {
        List<Column> columns = new ArrayList<>();
        collect(requestType, "", List.of(), true, columns);
        return List.copyOf(columns);
    }

    /** The column a header cell names, by JSON name or template label, in any case. */
    static Optional<Column> named(List<Column> columns, String header) {
        String wanted = header.strip();
        return columns.stream()
                .filter(column -> column.name().equalsIgnoreCase(wanted) || column.label().equalsIgnoreCase(wanted))
                .findFirst();
    }

    /**
     * @param present whether the record is always there; a field required within an optional record (the basis
     *                of a consent) is required only when the record is given, so its column is optional
     */
    private static void collect(Class<?> record, String prefix, List<Method> outer, boolean present, List<Column> columns) {
        for (RecordComponent component : record.getRecordComponents()) {
            List<Method> path = new ArrayList<>(outer);
            path.add(component.getAccessor());
            String name = prefix + component.getName();
            Method accessor = component.getAccessor();
            Schema schema = accessor.getAnnotation(Schema.class);
            if (component.getType().isRecord()) {
                collect(component.getType(), name + ".", path, present && schema != null && schema.required(), columns);
                continue;
            }
            CellType type = typeOf(component.getType());
            columns.add(new Column(name, label(name), type, List.copyOf(path),
                    schema == null ? "" : schema.description(), allowed(type, component.getType(), accessor),
                    present && schema != null && schema.required(), example(type, schema)));
        }
    }

    private static CellType typeOf(Class<?> type) {
        if (type == Integer.class) {
            return CellType.WHOLE_NUMBER;
        } else if (type == Boolean.class) {
            return CellType.TRUE_FALSE;
        } else if (List.class.isAssignableFrom(type)) {
            return CellType.LIST;
        } else if (type.isEnum()) {
            return CellType.CHOICE;
        } else if (Map.class.isAssignableFrom(type)) {
            return CellType.OBJECT;
        }
        return CellType.TEXT;
    }

    private static String allowed(CellType type, Class<?> javaType, Method accessor) {
        return switch (type) {
            case WHOLE_NUMBER -> "a whole number from %d to %d".formatted(
                    accessor.getAnnotation(Min.class).value(), accessor.getAnnotation(Max.class).value());
            case TRUE_FALSE -> "true or false";
            case LIST -> "several values separated by ; (by | in a file whose columns are separated by ;)";
            case CHOICE -> Arrays.stream(javaType.getEnumConstants()).map(Object::toString)
                    .collect(Collectors.joining(", ", "one of ", ""));
            case TEXT -> "text";
            case OBJECT -> "a JSON object, e.g. {\"postingPhase\": \"ABROAD\", \"diet\": [\"halal\"]}";
        };
    }

    /** The contract's example; lists are JSON arrays there and joined by {@code ;} here. */
    private static String example(CellType type, Schema schema) {
        // The contract's attribute keys are another programme's: the example row must import into any programme.
        if (schema == null || schema.example().isEmpty() || type == CellType.OBJECT) {
            return "";
        }
        if (type != CellType.LIST) {
            return schema.example();
        }
        try {
            JsonNode list = JSON.readTree(schema.example());
            return StreamSupport.stream(list.spliterator(), false).map(JsonNode::asText).collect(Collectors.joining(";"));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The example of " + schema.description() + " is no JSON list", e);
        }
    }

    /** {@code wishes.preferredFields} → "Wishes: preferred fields". */
    private static String label(String name) {
        String[] parts = name.split("\\.");
        String last = words(parts[parts.length - 1]);
        if (parts.length == 1) {
            return capitalised(last);
        }
        return capitalised(words(parts[0])) + ": " + last;
    }

    private static String words(String camelCase) {
        return camelCase.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
    }

    private static String capitalised(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
