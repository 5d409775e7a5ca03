package org.mentormatch.hostile;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mentormatch.api.ETags;
import org.mentormatch.hostile.ContractOperation.QueryParameter;

/**
 * Builds requests that are valid but for one part: a path parameter, a query parameter, a header or the body.
 * Everything else is right (the fixture's ids, the example body), so the hostile part is what the service
 * has to deal with, deep inside the operation rather than at its first check.
 */
final class HostileRequests {

    private static final String IF_MATCH = ETags.IF_MATCH;
    private static final String AUTHORIZATION = HostileRequest.AUTHORIZATION;
    /**
     * Longest encoded path segment or query value. Vert.x refuses a request line over 4,096 bytes itself, with a
     * bare 414 that the application never sees (Quarkus offers no hook for it), so the requests stay below that.
     */
    private static final int MAX_ENCODED = 2_000;

    private final Draw draw;
    private final HostileBodies bodies;

    HostileRequests(Draw draw) {
        this.draw = draw;
        this.bodies = new HostileBodies(draw);
    }

    HostileRequest next(ContractOperation operation, Fixture fixture) {
        Map<String, String> segments = new LinkedHashMap<>();
        operation.pathParameters().forEach(name -> segments.put(name, fixture.id(name)));
        List<Map.Entry<String, String>> query = new ArrayList<>();
        Map<String, String> headers = new LinkedHashMap<>();
        Payload body = operation.body() == null ? null
                : new Payload(operation.body().mediaType(), "example", operation.body().example().toString().getBytes(UTF_8));
        String target = draw.oneOf(targets(operation));
        String attack = switch (target) {
            case "path" -> {
                String name = draw.oneOf(operation.pathParameters());
                String value = pathSegment(fixture);
                segments.put(name, value);
                yield "path " + name + " = " + HostileBodies.abbreviate(value);
            }
            case "query" -> {
                QueryParameter parameter = draw.oneOf(operation.queryParameters());
                String value = draw.from(parameter.allowed().isEmpty() ? queryValues(parameter.type()) : HostileValues.ENUM_MISSES);
                value = shortened(value);
                query.add(Map.entry(parameter.name(), value));
                yield "query " + parameter.name() + " = " + HostileBodies.abbreviate(value);
            }
            case IF_MATCH -> header(headers, IF_MATCH, draw.from(HostileValues.IF_MATCH));
            case AUTHORIZATION -> header(headers, AUTHORIZATION, draw.from(HostileValues.CREDENTIALS));
            case "Accept" -> header(headers, "Accept", draw.from(HostileValues.ACCEPTS));
            case "Content-Type" -> {
                body = new Payload(draw.from(HostileValues.CONTENT_TYPES), "example", body.bytes());
                yield "Content-Type " + body.contentType();
            }
            default -> {
                body = bodies.spoil(operation.body(), operation.path().endsWith("/affinities"));
                yield "body";
            }
        };
        return new HostileRequest(operation, target, attack, path(operation.path(), segments), query, headers, body);
    }

    /** Where this operation can be attacked, the body (where there is one) most often: it has the most to get wrong. */
    private static List<String> targets(ContractOperation operation) {
        List<String> targets = new ArrayList<>(List.of("Accept"));
        if (!operation.pathParameters().isEmpty()) {
            targets.addAll(List.of("path", "path"));
        }
        if (!operation.queryParameters().isEmpty()) {
            targets.addAll(List.of("query", "query"));
        }
        if (operation.reads(IF_MATCH)) {
            targets.add(IF_MATCH);
        }
        // Every operation needs a token; a hostile one must be a 401 problem like any other refusal.
        targets.add(AUTHORIZATION);
        if (operation.body() != null) {
            targets.addAll(List.of("Content-Type", "body", "body", "body", "body", "body"));
        }
        return targets;
    }

    /** Mostly encoded text and near-miss ids; some raw dot segments and escapes; some ids of the wrong kind. */
    private String pathSegment(Fixture fixture) {
        return switch (draw.between(0, 7)) {
            case 0, 1, 2 -> encodeWithin(draw.from(HostileValues.TEXT));
            case 3, 4 -> HostileRequest.encode(draw.from(HostileValues.NEAR_MISS_IDS));
            case 5, 6 -> draw.from(HostileValues.RAW_SEGMENTS);
            default -> draw.oneOf(fixture.allIds());
        };
    }

    private static String encodeWithin(String text) {
        return HostileRequest.encode(shortened(text));
    }

    /** The text, cut until it encodes to at most {@link #MAX_ENCODED} characters. */
    private static String shortened(String text) {
        String shortened = text;
        while (HostileRequest.encode(shortened).length() > MAX_ENCODED) {
            shortened = shortened.substring(0, shortened.length() * 3 / 4);
        }
        return shortened;
    }

    private static Gen<String> queryValues(String type) {
        return switch (type) {
            case "integer", "number" -> HostileValues.NUMBERS;
            case "boolean" -> HostileValues.BOOLEANS;
            default -> HostileValues.TEXT;
        };
    }

    private static String header(Map<String, String> headers, String name, String value) {
        headers.put(name, value);
        return name + ": " + HostileBodies.abbreviate(value);
    }

    private static String path(String template, Map<String, String> segments) {
        String path = template;
        for (Map.Entry<String, String> segment : segments.entrySet()) {
            path = path.replace("{" + segment.getKey() + "}", segment.getValue());
        }
        return path;
    }
}
