package org.mentormatch.support;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Match runs and review decisions through the API, for tests that need a cohort with proposals. */
public final class Runs {

    /**
     * No step limit: such a run ends as soon as the exact phase proves its result optimal. A step-limited run takes
     * its local-search steps, and from a proven optimum late acceptance finds no step to take, so it would wait out
     * its time limit (10 s a test before).
     */
    public static final String SHORT_RUN = "{\"seed\": %d, \"timeLimitSeconds\": 10}";

    private Runs() {
    }

    /** Starts a run with the given seed, waits for it to end and checks that it COMPLETED. */
    public static String runToEnd(String cohortPath, long seed) {
        return runToEnd(cohortPath, SHORT_RUN.formatted(seed));
    }

    /** Starts a run as {@code body} asks, waits for it to end and checks that it COMPLETED. */
    public static String runToEnd(String cohortPath, String body) {
        String runId = given().contentType(ContentType.JSON).body(body)
                .when().post(cohortPath + "/match-runs").then().statusCode(202).extract().path("id");
        awaitEnd(cohortPath, runId);
        assertThat(status(cohortPath, runId)).isEqualTo("COMPLETED");
        return runId;
    }

    public static void awaitEnd(String cohortPath, String runId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !List.of("QUEUED", "SOLVING").contains(status(cohortPath, runId)));
    }

    public static void adopt(String cohortPath, String runId) {
        given().when().post(cohortPath + "/match-runs/" + runId + "/adopt").then().statusCode(200);
    }

    public static List<Map<String, Object>> matches(String cohortPath, String status) {
        return given().queryParam("status", status).queryParam("limit", 100).when().get(cohortPath + "/matches")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    /** Every proposal of a run (a cohort of at most 100 mentees), matched or not. */
    public static List<Map<String, Object>> proposals(String cohortPath, String runId) {
        var page = given().queryParam("limit", 100).when().get(cohortPath + "/match-runs/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath();
        assertThat(page.getInt("total")).as("proposals on one page").isLessThanOrEqualTo(100);
        return page.getList("items");
    }

    private static String status(String cohortPath, String runId) {
        return given().when().get(cohortPath + "/match-runs/" + runId).then().statusCode(200).extract().path("status");
    }
}
