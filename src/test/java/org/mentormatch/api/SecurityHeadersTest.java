package org.mentormatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
@RequestsOutsideTheContract
class SecurityHeadersTest {

    /** What every answer must carry, whoever wrote it: a resource, an exception mapper, a Vert.x route. */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer",
            "Cache-Control", "no-store",
            "Strict-Transport-Security", "max-age=31536000");

    private static final String OTHER_ORIGIN = "https://evil.example";

    @Test
    void shouldSendSecurityHeadersWithData() {
        String id = Api.createProgramme();
        assertSecurityHeaders(given().when().get("/programmes/{id}", id).then().statusCode(200));
        assertSecurityHeaders(given().contentType(ContentType.JSON).body("{\"name\": \"Headers\"}")
                .when().post("/programmes").then().statusCode(201));
    }

    @Test
    void shouldSendSecurityHeadersWithProblems() {
        assertSecurityHeaders(Api.problem(given().when().get("/programmes/{id}", UUID.randomUUID()).then(), 404));
        assertSecurityHeaders(Api.problem(given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/programmes").then(), 400));
        assertSecurityHeaders(given().when().get("/no-such-resource").then().statusCode(404));
    }

    @Test
    void shouldSendSecurityHeadersWithAnOversizedBodyRefusedBeforeItIsRead() {
        assertSecurityHeaders(Api.problem(given().contentType(ContentType.JSON)
                .body("{\"name\": \"%s\"}".formatted("x".repeat(1_100_000)))
                .when().post("/programmes").then(), 413));
    }

    @Test
    void shouldSendSecurityHeadersWithHealthAndTheContract() {
        assertSecurityHeaders(given().when().get("/q/health/ready").then().statusCode(200));
        assertSecurityHeaders(given().accept("application/yaml").when().get("/q/openapi").then().statusCode(200));
    }

    @Test
    void shouldNotAllowAnotherOriginByDefault() {
        ValidatableResponse preflight = given().header("Origin", OTHER_ORIGIN)
                .header("Access-Control-Request-Method", "DELETE")
                .when().options("/programmes").then();
        preflight.statusCode(lessThan(500)).header("Access-Control-Allow-Origin", nullValue());
        assertSecurityHeaders(preflight);
        given().header("Origin", OTHER_ORIGIN).when().get("/programmes")
                .then().header("Access-Control-Allow-Origin", nullValue())
                .header("Access-Control-Allow-Credentials", nullValue());
    }

    private static void assertSecurityHeaders(ValidatableResponse response) {
        SECURITY_HEADERS.forEach((name, value) -> response.header(name, equalTo(value)));
    }
}
