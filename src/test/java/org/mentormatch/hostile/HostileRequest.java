package org.mentormatch.hostile;

import static io.restassured.RestAssured.given;
import static io.restassured.config.EncoderConfig.encoderConfig;
import static io.restassured.config.HttpClientConfig.httpClientConfig;

import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * One request of the hostile-input test, with its URI already encoded (or deliberately not), so that what is
 * sent is exactly what was drawn.
 *
 * @param target the part under attack: path, query, a header, the body
 * @param attack what is hostile about it, for the report
 */
record HostileRequest(ContractOperation operation, String target, String attack, String path, List<Map.Entry<String, String>> query,
        Map<String, String> headers, Payload body) {

    static final String AUTHORIZATION = "Authorization";

    private static final int TIMEOUT_MILLIS = 30_000;
    /** Sends Content-Type as drawn (no charset added) and gives up on an answer that never comes. */
    private static final RestAssuredConfig CONFIG = RestAssuredConfig.config()
            .encoderConfig(encoderConfig().appendDefaultContentCharsetToContentTypeIfUndefined(false))
            .httpClient(httpClientConfig()
                    .setParam("http.connection.timeout", TIMEOUT_MILLIS)
                    .setParam("http.socket.timeout", TIMEOUT_MILLIS));

    /** Sends it through RestAssured's {@code given()}, so settings made for every test (a token, say) apply. */
    Response send() {
        RequestSpecification request = given().urlEncodingEnabled(false);
        if (headers.containsKey(AUTHORIZATION)) {
            request.auth().none(); // the hostile credentials replace the test's token
        }
        headers.forEach(request::header);
        if (body == null) {
            request.config(CONFIG);
        } else {
            // Bytes as they are, whatever the Content-Type claims (RestAssured would encode forms itself).
            request.config(CONFIG.encoderConfig(CONFIG.getEncoderConfig().encodeContentTypeAs(body.contentType(), ContentType.BINARY)))
                    .contentType(body.contentType()).body(body.bytes());
        }
        return request.request(operation.method(), uri());
    }

    /** The part under attack and, for a body, how it was spoilt: what the test counts answers by. */
    String kind() {
        return target.equals("body") ? "body: " + body.description().replaceAll(" at .*| field .*", "") : target;
    }

    String uri() {
        if (query.isEmpty()) {
            return path;
        }
        return path + "?" + query.stream()
                .map(parameter -> encode(parameter.getKey()) + "=" + encode(parameter.getValue()))
                .collect(Collectors.joining("&"));
    }

    /** Percent-encodes every character but the unreserved ones, for a path segment or a query value. */
    static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    @Override
    public String toString() {
        String shown = uri().length() > 200 ? uri().substring(0, 200) + "…" : uri();
        String bodyShown = body == null ? "" : " body %s (%d bytes) as %s".formatted(body.description(), body.bytes().length, body.contentType());
        return "%s %s [%s]%s %s".formatted(operation.method(), shown, attack, bodyShown,
                headers.entrySet().stream().map(h -> h.getKey() + ": " + HostileBodies.abbreviate(h.getValue())).toList());
    }
}
