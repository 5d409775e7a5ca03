package org.mentormatch.webhook;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/** Events reach a receiver through HTTP: signed as Standard Webhooks, retried after a failure, and logged. */
@QuarkusTest
class WebhookDeliveryTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldRetryAFailedDeliveryAndSignEveryAttempt() throws Exception {
        TestCohort cohort = TestCohort.create();
        String secret = newSecret();
        try (TestReceiver receiver = TestReceiver.answering(500)) {
            String location = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("match.published"), "secret", secret))
                    .when().post("/programmes/{p}/webhooks", cohort.programmeId())
                    .then().statusCode(201)
                    .header("Location", startsWith("http"))
                    .body("secret", equalTo(secret))
                    .body("events", equalTo(List.of("match.published")))
                    .extract().header("Location");
            String matchId = handMatch(cohort);
            given().when().post(cohort.path() + "/publish").then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= 2);
            List<TestReceiver.Received> attempts = receiver.received();
            assertThat(attempts).hasSize(2);
            for (TestReceiver.Received attempt : attempts) {
                assertSignedWith(secret, attempt);
                assertThat(attempt.header("content-type")).startsWith("application/json");
            }
            assertThat(attempts.get(1).header("webhook-id")).isEqualTo(attempts.get(0).header("webhook-id"));
            assertThat(attempts.get(1).body()).isEqualTo(attempts.get(0).body());

            JsonNode payload = JSON.readTree(attempts.get(0).body());
            assertThat(payload.get("type").asText()).isEqualTo("match.published");
            assertThat(Instant.parse(payload.get("timestamp").asText())).isBefore(Instant.now());
            assertThat(fieldNames(payload.get("data"))).containsExactlyInAnyOrder("matchId", "cohortId", "menteeId",
                    "mentorId", "status");
            assertThat(payload.get("data").get("matchId").asText()).isEqualTo(matchId);
            assertThat(payload.get("data").get("cohortId").asText()).isEqualTo(cohort.cohortId());
            assertThat(payload.get("data").get("status").asText()).isEqualTo("PUBLISHED");
            assertThat(attempts.get(0).body()).doesNotContain("@", "Mette", "Ana");

            await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> given().when().get(location + "/deliveries")
                    .then().statusCode(200)
                    .body("total", equalTo(1))
                    .body("items[0].status", equalTo("DELIVERED"))
                    .body("items[0].eventId", equalTo(attempts.get(0).header("webhook-id")))
                    .body("items[0].type", equalTo("match.published"))
                    .body("items[0].attempts.httpStatus", equalTo(List.of(500, 204)))
                    .body("items[0].attempts[0].responseExcerpt", equalTo("Receiver says no"))
                    .body("items[0]", not(hasKey("nextAttemptAt"))));
        }
    }

    @Test
    void shouldGiveUpAfterTheLastRetryAndLogWhyEachAttemptFailed() throws Exception {
        TestCohort cohort = TestCohort.create();
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:%d/hook".formatted(closedPort()), "events", List.of("match.published")))
                .when().post("/programmes/{p}/webhooks", cohort.programmeId())
                .then().statusCode(201).extract().header("Location");
        handMatch(cohort);
        given().when().post(cohort.path() + "/publish").then().statusCode(200);

        // The first attempt and the three retries of the test schedule (application.properties), then FAILED.
        await().atMost(Duration.ofSeconds(40)).untilAsserted(() -> given().when().get(location + "/deliveries")
                .then().statusCode(200)
                .body("items[0].status", equalTo("FAILED"))
                .body("items[0].attempts.size()", equalTo(4))
                .body("items[0].attempts.error", everyItem(startsWith("ConnectException")))
                .body("items[0].attempts[0]", not(hasKey("httpStatus")))
                .body("items[0]", not(hasKey("nextAttemptAt"))));
    }

    @Test
    void shouldNotMakeTheRequestThatFiresAnEventWaitForTheReceiver() throws Exception {
        TestCohort cohort = TestCohort.create();
        try (TestReceiver receiver = TestReceiver.slow(Duration.ofSeconds(4))) {
            String location = given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("match.published")))
                    .when().post("/programmes/{p}/webhooks", cohort.programmeId()).then().statusCode(201)
                    .extract().header("Location");
            handMatch(cohort);

            long start = System.nanoTime();
            given().when().post(cohort.path() + "/publish").then().statusCode(200);
            Duration publishing = Duration.ofNanos(System.nanoTime() - start);

            assertThat(publishing).isLessThan(Duration.ofSeconds(2));
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> given().when().get(location + "/deliveries")
                    .then().body("items[0].status", equalTo("DELIVERED")));
            assertThat(receiver.received()).hasSize(1);
        }
    }

    @Test
    void shouldShowTheSecretOnlyWhenCreatedAndAuditTheWebhook() {
        TestCohort cohort = TestCohort.create();
        String location = given().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("match.ended", "run.completed")))
                .when().post("/programmes/{p}/webhooks", cohort.programmeId())
                .then().statusCode(201)
                .body("secret", startsWith("whsec_"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().when().get(location).then().statusCode(200).body("id", equalTo(id)).body("$", not(hasKey("secret")));
        given().when().get("/programmes/{p}/webhooks", cohort.programmeId()).then().statusCode(200)
                .body("total", equalTo(1)).body("items[0]", not(hasKey("secret")));
        given().when().get("/programmes/{p}/audit", cohort.programmeId()).then().statusCode(200)
                .body("items.action", equalTo(List.of("WEBHOOK_CREATED")))
                .body("items[0].subjectId", equalTo(id));

        given().when().delete(location).then().statusCode(204);
        given().when().get(location).then().statusCode(404);
        given().when().get("/programmes/{p}/audit", cohort.programmeId()).then().statusCode(200)
                .body("items.action", equalTo(List.of("WEBHOOK_DELETED", "WEBHOOK_CREATED")));
    }

    @Test
    void shouldTellOfACompletedRunPublishedMatchesAndMatchesThatEnd() throws Exception {
        TestCohort cohort = TestCohort.create();
        try (TestReceiver receiver = TestReceiver.answering()) {
            given().contentType(ContentType.JSON)
                    .body(Map.of("url", receiver.url(), "events", List.of("run.completed", "match.published", "match.ended")))
                    .when().post("/programmes/{p}/webhooks", cohort.programmeId()).then().statusCode(201);
            given().contentType(ContentType.JSON).body("{\"mentees\": 3, \"mentors\": 3, \"seed\": 7}")
                    .when().post(cohort.path() + "/demo-data").then().statusCode(201);
            String runId = Runs.runToEnd(cohort.path(), 1);
            Runs.adopt(cohort.path(), runId);
            given().contentType(ContentType.JSON).body("{}").when().post(cohort.path() + "/matches/accept").then().statusCode(200);
            given().when().post(cohort.path() + "/publish").then().statusCode(200);
            List<Map<String, Object>> published = Runs.matches(cohort.path(), "PUBLISHED");
            assertThat(published).isNotEmpty();
            Map<String, Object> ending = published.get(0);
            given().contentType(ContentType.JSON).header("If-Match", "\"" + ending.get("version") + "\"")
                    .body("{\"status\": \"ENDED\", \"reason\": \"Found a job\"}")
                    .when().patch(cohort.path() + "/matches/{id}", ending.get("id")).then().statusCode(200);
            String withdrawnMatch = handMatch(cohort);
            String leaving = given().when().get(cohort.path() + "/matches/{id}", withdrawnMatch).then().extract().path("menteeId");
            given().contentType(ContentType.JSON).body("{\"reason\": \"MOVED_AWAY\"}")
                    .when().post(cohort.path() + "/mentees/{id}/withdrawal", leaving).then().statusCode(200);

            int expected = 1 + published.size() + 2;
            await().atMost(Duration.ofSeconds(30)).until(() -> receiver.received().size() >= expected);
            List<JsonNode> events = receiver.received().stream().map(WebhookDeliveryTest::payload).toList();
            assertThat(events).hasSize(expected);
            assertThat(events).filteredOn(event -> type(event).equals("run.completed")).singleElement()
                    .satisfies(event -> assertThat(event.get("data").get("runId").asText()).isEqualTo(runId))
                    .satisfies(event -> assertThat(event.get("data").get("status").asText()).isEqualTo("COMPLETED"));
            assertThat(events).filteredOn(event -> type(event).equals("match.published"))
                    .map(event -> event.get("data").get("matchId").asText())
                    .containsExactlyInAnyOrderElementsOf(published.stream().map(match -> (String) match.get("id")).toList());
            assertThat(events).filteredOn(event -> type(event).equals("match.ended"))
                    .extracting(event -> event.get("data").get("matchId").asText() + " " + event.get("data").get("endedBy").asText())
                    .containsExactlyInAnyOrder(ending.get("id") + " DECISION", withdrawnMatch + " WITHDRAWAL");
            assertThat(events).filteredOn(event -> event.get("data").has("withdrawalReason"))
                    .singleElement().satisfies(event -> assertThat(event.get("data").get("withdrawalReason").asText()).isEqualTo("MOVED_AWAY"));
        }
    }

    @Test
    void shouldDeliverNothingOfAnotherProgrammeOrAnEventNotAskedFor() throws Exception {
        TestCohort ours = TestCohort.create();
        TestCohort theirs = TestCohort.create();
        try (TestReceiver receiver = TestReceiver.answering()) {
            given().contentType(ContentType.JSON).body(Map.of("url", receiver.url(), "events", List.of("match.ended")))
                    .when().post("/programmes/{p}/webhooks", ours.programmeId()).then().statusCode(201);
            handMatch(theirs);
            given().when().post(theirs.path() + "/publish").then().statusCode(200);
            handMatch(ours);
            given().when().post(ours.path() + "/publish").then().statusCode(200);
            Map<String, Object> match = Runs.matches(ours.path(), "PUBLISHED").get(0);
            String ended = (String) match.get("id");
            given().contentType(ContentType.JSON).header("If-Match", "\"" + match.get("version") + "\"")
                    .body("{\"status\": \"ENDED\", \"reason\": \"Moved\"}")
                    .when().patch(ours.path() + "/matches/{id}", ended).then().statusCode(200);

            await().atMost(Duration.ofSeconds(30)).until(() -> !receiver.received().isEmpty());
            Thread.sleep(1_000); // anything wrongly sent would have been sent with the one expected
            assertThat(receiver.received()).singleElement()
                    .satisfies(got -> assertThat(payload(got).get("data").get("matchId").asText()).isEqualTo(ended));
        }
    }

    /** A pair made by hand (its rules overridden), so that a cohort has a match without a run. */
    static String handMatch(TestCohort cohort) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", cohort.mentee(), "mentorId", cohort.mentor(), "reason", "Met at the kick-off",
                        "override", Map.of("reason", "Interpreter available")))
                .when().post(cohort.path() + "/matches").then().statusCode(201).extract().path("id");
    }

    /** Recomputes the signature the way a receiver would, apart from the service's code. */
    private static void assertSignedWith(String secret, TestReceiver.Received attempt) throws Exception {
        String id = attempt.header("webhook-id");
        String timestamp = attempt.header("webhook-timestamp");
        assertThat(id).isNotBlank();
        assertThat(Math.abs(Long.parseLong(timestamp) - Instant.now().getEpochSecond())).isLessThan(60);
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((id + "." + timestamp + "." + attempt.body()).getBytes(StandardCharsets.UTF_8)));
        assertThat(attempt.header("webhook-signature")).isEqualTo(expected);
    }

    /** A port on this machine that nothing listens on: every connection is refused. */
    private static int closedPort() throws java.io.IOException {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }

    private static JsonNode payload(TestReceiver.Received received) {
        try {
            return JSON.readTree(received.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON: " + received.body(), e);
        }
    }

    private static String type(JsonNode event) {
        return event.get("type").asText();
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
