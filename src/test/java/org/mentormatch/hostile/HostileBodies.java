package org.mentormatch.hostile;

import static java.nio.charset.StandardCharsets.UTF_16;
import static java.nio.charset.StandardCharsets.UTF_8;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.mentormatch.hostile.ContractOperation.Body;

/** Spoils an operation's example body: broken JSON, wrong types, nulls, deep nesting, huge values, other formats. */
final class HostileBodies {

    /** The largest body the service reads (mentor-match.http.max-body-size), and the larger one for affinity lists. */
    static final int MAX_BODY = 1024 * 1024;
    static final int MAX_BULK_BODY = 16 * MAX_BODY;

    /** A placeholder replaced by raw JSON text after serialisation, for what a JsonNode cannot hold. */
    private static final String RAW = "\u0001raw\u0001";

    private static final Gen<String> MALFORMED = Gen.of(
            "{", "}", "{\"a\":}", "[", "nul", "\"unterminated", "{'single': 'quotes'}", "{\"a\":1,}", "{} x",
            "{\"a\": NaN}", "/* comment */ {}", "{\"a\":1}{\"b\":2}", "{\"a\" 1}", "{,}", "{\"\\u00\": 1}",
            "{\"a\": \"\\x\"}", "{\"a\": 01}", "{\"a\": .5}", "{\"a\": +1}", "{\"a\": tru}", "{\"a\": \"\u0000\"}");
    private static final Gen<String> OTHER_TYPES = Gen.of(
            "\"text\"", "123", "true", "{}", "[]", "[1, 2]", "{\"a\": 1}", "-1.5", "\"\"", "[null]");
    private static final Gen<String> ODD_NUMBERS = Gen.of(
            "1e400", "-1", "2147483648", "-2147483649", "9223372036854775808", "1.5", "-0.0", "1E-400", "0",
            "123456789012345678901234567890", "1" + "0".repeat(2000));
    private static final Gen<String> ROOTS = Gen.of("null", "[]", "\"string\"", "42", "true", "[{}]", "");
    private static final Gen<String> FIELD_NAMES = Gen.oneOf(
            Gen.of("__proto__", "constructor", "$where", "nmae", "id", "version", "createdAt", "", "@class"),
            HostileValues.GARBAGE);
    private static final Gen<String> NOT_JSON = Gen.of(
            "<programme><name>x</name></programme>", "name=x&description=y", "just some text", "\uFEFF{}");
    private static final Predicate<JsonNode> ANY = node -> true;
    /** Free text (a name, a reason, a note), told by the words in its example: it takes any text to the database. */
    private static final Predicate<JsonNode> PROSE = node -> node.isTextual() && node.asText().contains(" ");
    private static final Gen<byte[]> BYTES = Gen.bytes(1, 200);

    private final Draw draw;

    HostileBodies(Draw draw) {
        this.draw = draw;
    }

    /** A body for {@code body}'s operation, spoilt one way, sent as {@code body}'s media type. */
    Payload spoil(Body body, boolean bulk) {
        String type = body.mediaType();
        ObjectNode copy = body.example().isObject() ? (ObjectNode) body.example().deepCopy() : null;
        return switch (draw.between(0, 17)) {
            case 0 -> text(type, "truncated", truncate(body.example().toString()));
            case 1 -> text(type, "malformed", draw.from(MALFORMED));
            case 2 -> field(type, copy, "wrong type", ANY, (node, at) -> raw(node, at, draw.from(OTHER_TYPES)));
            case 3 -> field(type, copy, "null", ANY, (node, at) -> replace(node, at, null));
            case 4 -> field(type, copy, "deep nesting", ANY, (node, at) -> raw(node, at, nested(draw.between(200, 5000))));
            case 5 -> field(type, copy, "huge string", ANY, (node, at) -> replace(node, at, TextNode.valueOf(huge(bulk))));
            case 6 -> field(type, copy, "huge array", ANY, (node, at) -> raw(node, at, hugeArray()));
            case 7, 8 -> field(type, copy, "hostile text", PROSE, this::hostileText);
            case 9 -> field(type, copy, "hostile text", JsonNode::isTextual, this::hostileText);
            case 10 -> field(type, copy, "odd number", JsonNode::isNumber, (node, at) -> raw(node, at, draw.from(ODD_NUMBERS)));
            case 11, 12 -> unknownField(type, copy);
            case 13 -> text(type, "wrong root", draw.from(ROOTS));
            case 14 -> text(type, "not JSON", draw.from(NOT_JSON));
            case 15 -> new Payload(type, "random bytes", draw.from(BYTES));
            case 16 -> new Payload(type, "UTF-16", body.example().toString().getBytes(UTF_16));
            default -> oversized(type, bulk);
        };
    }

    /** Spoils one field, one that {@code where} accepts if there is any: text where text is expected, say. */
    private Payload field(String type, ObjectNode body, String how, Predicate<JsonNode> where,
            BiFunction<JsonNode, JsonPointer, String> spoil) {
        List<JsonPointer> fields = new ArrayList<>();
        collect(body, JsonPointer.empty(), fields);
        if (fields.isEmpty()) {
            return unknownField(type, body);
        }
        List<JsonPointer> preferred = fields.stream().filter(at -> where.test(body.at(at))).toList();
        JsonPointer at = draw.oneOf(preferred.isEmpty() ? fields : preferred);
        String json = spoil.apply(body, at);
        return text(type, how + " at " + at, json);
    }

    /** Hostile text alone, or around the valid value, so that it passes the field's own checks and goes deeper. */
    private String hostileText(JsonNode body, JsonPointer at) {
        String valid = body.at(at).asText();
        String hostile = draw.from(HostileValues.TEXT);
        String text = switch (draw.between(0, 2)) {
            case 0 -> valid + hostile;
            case 1 -> hostile + valid;
            default -> hostile;
        };
        return replace(body, at, TextNode.valueOf(text));
    }

    private Payload unknownField(String type, ObjectNode body) {
        ObjectNode root = body == null ? JsonNodeFactory.instance.objectNode() : body;
        List<ObjectNode> objects = new ArrayList<>();
        objects(root, objects);
        String name = draw.from(FIELD_NAMES);
        draw.oneOf(objects).put(name, draw.from(HostileValues.TEXT));
        return text(type, "unknown field " + abbreviate(name), root.toString());
    }

    private Payload oversized(String type, boolean bulk) {
        int limit = bulk ? MAX_BULK_BODY : MAX_BODY;
        String json = "{\"name\": \"" + "x".repeat(limit + draw.between(1, 4096)) + "\"}";
        return text(type, "oversized", json);
    }

    private String truncate(String json) {
        return json.substring(0, draw.between(0, Math.max(0, json.length() - 1)));
    }

    private String huge(boolean bulk) {
        String unit = draw.from(HostileValues.UNICODE);
        int length = draw.between(10_000, bulk ? 2_000_000 : 300_000);
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    private String hugeArray() {
        String element = draw.oneOf(List.of("1", "\"x\"", "{}", "null", "[]"));
        return "[" + String.join(",", Collections.nCopies(draw.between(1_000, 100_000), element)) + "]";
    }

    private static String nested(int depth) {
        return "[".repeat(depth) + "]".repeat(depth);
    }

    /** Puts raw JSON text at {@code at}: serialises with a placeholder there, then swaps it for the text. */
    private static String raw(JsonNode body, JsonPointer at, String json) {
        return replace(body, at, TextNode.valueOf(RAW)).replace(TextNode.valueOf(RAW).toString(), json);
    }

    private static String replace(JsonNode body, JsonPointer at, JsonNode value) {
        JsonNode parent = body.at(at.head());
        if (parent instanceof ObjectNode object) {
            object.set(at.last().getMatchingProperty(), value == null ? object.nullNode() : value);
        } else if (parent instanceof ArrayNode array) {
            array.set(at.last().getMatchingIndex(), value == null ? array.nullNode() : value);
        }
        return body.toString();
    }

    private static void collect(JsonNode node, JsonPointer at, List<JsonPointer> fields) {
        if (node == null) {
            return;
        }
        if (node.isObject()) {
            node.fieldNames().forEachRemaining(name -> {
                JsonPointer field = at.appendProperty(name);
                fields.add(field);
                collect(node.get(name), field, fields);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                JsonPointer element = at.appendIndex(i);
                fields.add(element);
                collect(node.get(i), element, fields);
            }
        }
    }

    private static void objects(JsonNode node, List<ObjectNode> objects) {
        if (node instanceof ObjectNode object) {
            objects.add(object);
        }
        node.elements().forEachRemaining(child -> objects(child, objects));
    }

    private static Payload text(String type, String how, String body) {
        return new Payload(type, how, body.getBytes(UTF_8));
    }

    /** The start of {@code text} with control characters and lone surrogates escaped, for reports. */
    static String abbreviate(String text) {
        StringBuilder shown = new StringBuilder();
        text.chars().limit(60).forEach(c -> shown.append(Character.isISOControl(c) || Character.isSurrogate((char) c)
                ? "\\u%04x".formatted(c) : Character.toString(c)));
        return text.length() > 60 ? shown + "…(" + text.length() + " chars)" : shown.toString();
    }
}
