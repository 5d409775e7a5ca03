package org.mentormatch.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.List;

/**
 * Names an invalid value the way a client reads its body: {@code languages[1]}, {@code wishes.note}. Bean
 * Validation's own rendering adds a node for a list element's constraints ({@code languages[1].<list element>}),
 * which means nothing to a client.
 */
public final class ViolationPaths {

    private ViolationPaths() {
    }

    /** The nodes as a field path: property names joined by dots, list indexes and map keys in brackets. */
    public static String of(Iterable<Path.Node> nodes) {
        StringBuilder path = new StringBuilder();
        for (Path.Node node : nodes) {
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                path.append('[').append(position == null ? "" : position).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                if (!path.isEmpty()) {
                    path.append('.');
                }
                path.append(node.getName());
            }
        }
        return path.toString();
    }

    /** Where Jackson stopped reading a body, in the same form: {@code wishes.preferredFields[1]}. */
    public static String ofJson(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }
}
