package org.mentormatch.webhook;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

/** What a webhook may be: each bad part of a request is refused with the field named, and nothing is kept. */
@QuarkusTest
class WebhookRequestTest {

    private static final String RECEIVER = "http://127.0.0.1:9/hook";

    @Test
    void shouldRefusePlainHttpToAnotherMachine() {
        String programme = Api.createProgramme();
        refused(programme, Map.of("url", "http://hooks.example.org/x", "events", List.of("match.ended")), "url");
        refused(programme, Map.of("url", "http://10.0.0.7/x", "events", List.of("match.ended")), "url");
    }

    @Test
    void shouldRefuseAnyHostThisDeploymentDoesNotList() {
        // Tests list this machine alone (application.properties), so no test can make the service call out.
        refused(Api.createProgramme(), Map.of("url", "https://hooks.example.org/x", "events", List.of("match.ended")), "url");
    }

    @Test
    void shouldNameEachUnknownEvent() {
        refused(Api.createProgramme(), Map.of("url", RECEIVER, "events", List.of("match.ended", "match.exploded")), "events[1]");
    }

    @Test
    void shouldRefuseASecretThatIsNoStandardWebhooksKey() {
        String programme = Api.createProgramme();
        String shortKey = "whsec_" + Base64.getEncoder().encodeToString(new byte[16]);
        String unprefixed = Base64.getEncoder().encodeToString(new byte[32]);
        for (String secret : List.of(shortKey, unprefixed, "whsec_not base64!")) {
            refused(programme, Map.of("url", RECEIVER, "events", List.of("match.ended"), "secret", secret), "secret");
        }
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseAWebhookWithoutEvents() {
        refused(Api.createProgramme(), Map.of("url", RECEIVER, "events", List.of()), "events");
    }

    @Test
    void shouldLetOnlyCoordinatorsOfTheProgrammeManageWebhooks() {
        String programme = Api.createProgramme();
        Map<String, Object> webhook = Map.of("url", RECEIVER, "events", List.of("match.ended"));
        problem(given().auth().oauth2(TestTokens.viewer("vera", programme)).contentType(ContentType.JSON).body(webhook)
                .when().post("/programmes/{p}/webhooks", programme).then(), 403);
        problem(given().auth().oauth2(TestTokens.viewer("vera", programme))
                .when().get("/programmes/{p}/webhooks", programme).then(), 403);
        problem(given().auth().oauth2(TestTokens.coordinator("anna", Api.createProgramme())).contentType(ContentType.JSON)
                .body(webhook).when().post("/programmes/{p}/webhooks", programme).then(), 404);
        given().auth().oauth2(TestTokens.coordinator("bo", programme)).contentType(ContentType.JSON).body(webhook)
                .when().post("/programmes/{p}/webhooks", programme).then().statusCode(201);
    }

    private static void refused(String programme, Map<String, Object> body, String field) {
        problem(given().contentType(ContentType.JSON).body(body)
                .when().post("/programmes/{p}/webhooks", programme).then(), 400)
                .body("violations.field", hasItem(field));
        given().when().get("/programmes/{p}/webhooks", programme).then().statusCode(200).body("total", equalTo(0));
    }
}
