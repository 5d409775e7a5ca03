package org.mentormatch.match;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Api;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/** Two coordinators decide the same proposal at once from the same version: one wins, the other must re-read. */
@QuarkusTest
class ConcurrentDecisionTest {

    @Test
    void shouldLetExactlyOneOfTwoSimultaneousDecisionsWin() throws Exception {
        String programmeId = Api.createProgramme();
        String cohort = TestCohort.in(programmeId).path();
        given().contentType(ContentType.JSON).body("{\"mentees\": 4, \"mentors\": 4, \"seed\": 3}")
                .when().post(cohort + "/demo-data").then().statusCode(201);
        Runs.adopt(cohort, Runs.runToEnd(cohort, 1));
        Map<String, Object> match = Runs.matches(cohort, "PROPOSED").get(0);
        String matchId = (String) match.get("id");
        String ifMatch = "\"" + ((Number) match.get("version")).longValue() + "\"";

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        int accepted;
        int rejected;
        try {
            Future<Integer> accept = pool.submit(() -> decide(start, programmeId, cohort, matchId, ifMatch, "anna", "ACCEPTED"));
            Future<Integer> reject = pool.submit(() -> decide(start, programmeId, cohort, matchId, ifMatch, "bo", "REJECTED"));
            start.countDown();
            accepted = accept.get(30, TimeUnit.SECONDS);
            rejected = reject.get(30, TimeUnit.SECONDS);
        } finally {
            pool.shutdownNow();
        }

        assertThat(List.of(accepted, rejected)).containsExactlyInAnyOrder(200, 412);
        String winner = accepted == 200 ? "ACCEPTED" : "REJECTED";
        Map<String, Object> after = given().when().get(cohort + "/matches/{id}", matchId)
                .then().statusCode(200).extract().as(Map.class);
        assertThat(after.get("status")).isEqualTo(winner);
        assertThat(after.get("decidedBy")).isEqualTo(accepted == 200 ? "anna" : "bo");
        List<Map<String, Object>> events = given().queryParam("limit", 100).when().get(cohort + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> decisions = events.stream()
                .filter(event -> matchId.equals(event.get("subjectId")))
                .filter(event -> List.of("ACCEPT", "REJECT").contains(event.get("action")))
                .toList();
        assertThat(decisions).hasSize(1);
        assertThat(decisions.get(0).get("action")).isEqualTo(accepted == 200 ? "ACCEPT" : "REJECT");
    }

    private static int decide(CountDownLatch start, String programmeId, String cohort, String matchId, String ifMatch, String actor,
            String status) throws InterruptedException {
        start.await();
        return given().contentType(ContentType.JSON).auth().oauth2(TestTokens.coordinator(actor, programmeId)).header("If-Match", ifMatch)
                .body("{\"status\": \"%s\"}".formatted(status))
                .when().patch(cohort + "/matches/{id}", matchId)
                .then().extract().statusCode();
    }
}
