package org.mentormatch.match;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

/** A cohort's year through HTTP: run, adopt, review, re-run, publish, dropouts and a repair. */
@QuarkusTest
class ReviewScenarioTest {

    private String programmeId;
    private String cohortId;

    @BeforeEach
    void createCohort() {
        programmeId = Api.createProgramme();
        cohortId = Api.createCohort(programmeId);
        given().contentType(ContentType.JSON).body("{\"mentees\": 12, \"mentors\": 12, \"seed\": 3}")
                .when().post(cohort() + "/demo-data").then().statusCode(201);
    }

    @Test
    void shouldCarryDecisionsThroughReRunsPublicationAndARepair() {
        String firstRun = runToEnd("{\"seed\": 1, \"stepLimit\": 100, \"timeLimitSeconds\": 10}", null);
        given().auth().oauth2(TestTokens.coordinator("anna", programmeId)).when().post(runs() + "/" + firstRun + "/adopt")
                .then().statusCode(200);
        List<Map<String, Object>> proposed = matches("PROPOSED");
        assertThat(proposed).hasSizeGreaterThanOrEqualTo(4);

        Map<String, Object> accepted = proposed.get(0);
        Map<String, Object> rejected = proposed.get(1);
        decide(accepted, "ACCEPTED", "Good fit").then().statusCode(200).body("decidedBy", equalTo("anna"));
        decide(rejected, "REJECTED", "They know each other").then().statusCode(200);
        problem(decide(accepted, "ACCEPTED", null).then(), 412); // stale ETag: version moved on

        String secondRun = runToEnd("{\"seed\": 2, \"stepLimit\": 100, \"timeLimitSeconds\": 10}", null);
        Map<String, String> proposals = pairs(secondRun);
        assertThat(proposals.get((String) accepted.get("menteeId"))).isEqualTo(accepted.get("mentorId"));
        assertThat(proposals.get((String) rejected.get("menteeId"))).isNotEqualTo(rejected.get("mentorId"));

        given().auth().oauth2(TestTokens.coordinator("anna", programmeId)).when().post(runs() + "/" + secondRun + "/adopt").then().statusCode(200);
        problem(given().when().post(cohort() + "/publish").then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/undecided"));
        given().contentType(ContentType.JSON).auth().oauth2(TestTokens.coordinator("anna", programmeId)).body("{}")
                .when().post(cohort() + "/matches/accept").then().statusCode(200);
        given().auth().oauth2(TestTokens.coordinator("anna", programmeId)).when().post(cohort() + "/publish").then().statusCode(200);
        given().when().get(cohort()).then().body("status", equalTo("PUBLISHED"));
        List<Map<String, Object>> published = matches("PUBLISHED");
        assertThat(published).isNotEmpty();

        Map<String, Object> leaving = published.get(0);
        given().contentType(ContentType.JSON).body("{\"reason\": \"MOVED_AWAY\", \"date\": \"2026-02-01\"}")
                .when().post(cohort() + "/mentees/{id}/withdrawal", leaving.get("menteeId"))
                .then().statusCode(200).body("endedMatchIds", hasItem(leaving.get("id")));
        Map<String, Object> mentorLeaving = published.get(1);
        given().contentType(ContentType.JSON).body("{\"reason\": \"PARENTAL_LEAVE\"}")
                .when().post(cohort() + "/mentors/{id}/withdrawal", mentorLeaving.get("mentorId"))
                .then().statusCode(200);
        problem(given().contentType(ContentType.JSON).body("{\"reason\": \"OTHER\"}")
                .when().post(cohort() + "/mentors/{id}/withdrawal", mentorLeaving.get("mentorId")).then(), 409);

        Map<String, String> livePairs = new HashMap<>();
        matches("PUBLISHED").forEach(m -> livePairs.put((String) m.get("menteeId"), (String) m.get("mentorId")));
        String repair = runToEnd("{\"mode\": \"REPAIR\", \"seed\": 3, \"stepLimit\": 100, \"timeLimitSeconds\": 10}", null);
        JsonPath repairRun = run(repair);
        assertThat(repairRun.getInt("metrics.existingPairsChanged")).isZero();
        assertThat(repairRun.getInt("pinnedPairs")).isEqualTo(livePairs.size());
        Map<String, String> repaired = pairs(repair);
        livePairs.forEach((mentee, mentor) -> assertThat(repaired.get(mentee)).isEqualTo(mentor));
        assertThat(repaired).doesNotContainKey((String) leaving.get("menteeId"));
        assertThat(repaired.get((String) mentorLeaving.get("menteeId"))).isNotEqualTo(mentorLeaving.get("mentorId"));

        List<String> actions = given().queryParam("limit", 100).when().get(cohort() + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("items.action");
        assertThat(actions).contains("ADOPT", "ACCEPT", "REJECT", "PUBLISH", "WITHDRAW", "END");
    }

    @Test
    void shouldRefuseAHandMatchThatBreaksARuleUnlessOverridden() {
        String mentee = given().when().get(cohort() + "/mentees").then().extract().path("items[0].id");
        String mentor = given().contentType(ContentType.JSON).body("""
                {"displayName": "Solo", "email": "solo@example.dk", "field": "9999", "languages": ["is"], "capacity": 1}""")
                .when().post(cohort() + "/mentors").then().statusCode(201).extract().path("id");
        String body = "{\"menteeId\": \"%s\", \"mentorId\": \"%s\"%s}";

        problem(given().contentType(ContentType.JSON).body(body.formatted(mentee, mentor, ""))
                .when().post(cohort() + "/matches").then(), 409)
                .body("rules", hasItem(org.hamcrest.Matchers.startsWith("No common language")));

        String matchId = given().contentType(ContentType.JSON).auth().oauth2(TestTokens.coordinator("bo", programmeId))
                .body(body.formatted(mentee, mentor, ", \"override\": {\"reason\": \"Interpreter available\"}"))
                .when().post(cohort() + "/matches")
                .then().statusCode(201)
                .body("status", equalTo("ACCEPTED"))
                .body("source", equalTo("MANUAL"))
                .body("overrideReason", equalTo("Interpreter available"))
                .extract().path("id");

        String other = given().when().get(cohort() + "/mentees").then().extract().path("items[1].id");
        problem(given().contentType(ContentType.JSON).body(body.formatted(other, mentor, ""))
                .when().post(cohort() + "/matches").then(), 409)
                .body("rules", hasItem(org.hamcrest.Matchers.startsWith("Mentor capacity")));
        List<String> actions = given().when().get(cohort() + "/audit").then().extract().jsonPath().getList("items.action");
        assertThat(actions).contains("MANUAL_PAIR", "OVERRIDE");
        assertThat(given().when().get(cohort() + "/matches/{id}", matchId).then().extract().<String>path("decidedBy"))
                .isEqualTo("bo");
    }

    @Test
    void shouldRefuseToPublishWhileARunIsSolving() {
        String runId = given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\": 60, \"stepLimit\": 10000000}")
                .when().post(runs()).then().statusCode(202).extract().path("id");
        problem(given().when().post(cohort() + "/publish").then(), 409)
                .body("activeRunId", equalTo(runId));
        given().when().delete(runs() + "/" + runId).then().statusCode(200);
        awaitEnd(runId);
    }

    @Test
    void shouldNotAcceptAnEndedMatch() {
        String runId = runToEnd("{\"seed\": 1, \"stepLimit\": 100, \"timeLimitSeconds\": 10}", null);
        given().when().post(runs() + "/" + runId + "/adopt").then().statusCode(200);
        Map<String, Object> match = matches("PROPOSED").get(0);
        decide(match, "ACCEPTED", null).then().statusCode(200);
        Map<String, Object> current = given().when().get(cohort() + "/matches/{id}", match.get("id")).then().extract().as(Map.class);
        decide(current, "ENDED", null).then().statusCode(400);
        decide(current, "ENDED", "Did not work out").then().statusCode(200);
        Map<String, Object> ended = given().when().get(cohort() + "/matches/{id}", match.get("id")).then().extract().as(Map.class);
        problem(decide(ended, "ACCEPTED", null).then(), 409).body("currentStatus", equalTo("ENDED"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldKeepParticipantsWithOpenMatchesFromBeingDeleted() {
        String runId = runToEnd("{\"seed\": 1, \"stepLimit\": 100, \"timeLimitSeconds\": 10}", null);
        given().when().post(runs() + "/" + runId + "/adopt").then().statusCode(200);
        Map<String, Object> match = matches("PROPOSED").get(0);
        problem(given().when().delete(cohort() + "/mentees/{id}", match.get("menteeId")).then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/has-matches"));
        problem(given().contentType(ContentType.JSON)
                .body("{\"reason\": \"OTHER\", \"note\": \"%s\"}".formatted("x".repeat(901)))
                .when().post(cohort() + "/mentees/{id}/withdrawal", match.get("menteeId")).then(), 400)
                .body("violations.field", hasItem("note"));
        given().contentType(ContentType.JSON).body("{\"reason\": \"FOUND_JOB\"}")
                .when().post(cohort() + "/mentees/{id}/withdrawal", match.get("menteeId")).then().statusCode(200);
        given().when().delete(cohort() + "/mentees/{id}", match.get("menteeId")).then().statusCode(204);
    }

    @Test
    void shouldExportMatchesAsCsvForAMailMerge() {
        String runId = runToEnd("{\"seed\": 1, \"stepLimit\": 100, \"timeLimitSeconds\": 10}", null);
        given().when().post(runs() + "/" + runId + "/adopt").then().statusCode(200);
        String csv = given().accept("text/csv").when().get(cohort() + "/matches")
                .then().statusCode(200).contentType("text/csv").extract().asString();
        List<String> lines = csv.lines().toList();
        assertThat(lines.get(0)).startsWith("matchId,status,source,menteeName,menteeEmail,mentorName,mentorEmail");
        assertThat(lines).hasSize(matches("PROPOSED").size() + 1);
        assertThat(lines.get(1)).contains("@");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldNameAnUnknownStatusFilter() {
        problem(given().queryParam("status", "MAYBE").when().get(cohort() + "/matches").then(), 400)
                .body("violations.field", hasItem("status"));
    }

    private io.restassured.response.Response decide(Map<String, Object> match, String status, String reason) {
        return given().contentType(ContentType.JSON).auth().oauth2(TestTokens.coordinator("anna", programmeId))
                .header("If-Match", "\"" + ((Number) match.get("version")).longValue() + "\"")
                .body(reason == null ? "{\"status\": \"%s\"}".formatted(status)
                        : "{\"status\": \"%s\", \"reason\": \"%s\"}".formatted(status, reason))
                .when().patch(cohort() + "/matches/{id}", match.get("id"));
    }

    private List<Map<String, Object>> matches(String status) {
        return given().queryParam("status", status).queryParam("limit", 100).when().get(cohort() + "/matches")
                .then().statusCode(200).extract().jsonPath().getList("items");
    }

    private String runToEnd(String body, String actor) {
        String runId = given().contentType(ContentType.JSON).body(body).when().post(runs())
                .then().statusCode(202).extract().path("id");
        awaitEnd(runId);
        assertThat(run(runId).getString("status")).isEqualTo("COMPLETED");
        return runId;
    }

    private void awaitEnd(String runId) {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200))
                .until(() -> !List.of("QUEUED", "SOLVING").contains(run(runId).getString("status")));
    }

    private JsonPath run(String runId) {
        return given().when().get(runs() + "/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private Map<String, String> pairs(String runId) {
        Map<String, String> pairs = new HashMap<>();
        List<Map<String, Object>> items = given().queryParam("limit", 1000).when().get(runs() + "/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath().getList("items");
        items.forEach(p -> pairs.put((String) p.get("menteeId"), (String) p.get("mentorId")));
        return pairs;
    }

    private String cohort() {
        return "/programmes/%s/cohorts/%s".formatted(programmeId, cohortId);
    }

    private String runs() {
        return cohort() + "/match-runs";
    }
}
