package org.mentormatch.hostile;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * Real resources for every path parameter of the contract (a programme, its cohort with demo profiles, an
 * exclusion, an outcome, a finished run, a proposed match and a webhook), so that a hostile request with valid ids gets past the
 * lookups to the part under attack.
 */
record Fixture(Map<String, String> ids) {

    static Fixture create() {
        TestCohort fixture = TestCohort.create("Hostile input " + System.nanoTime());
        String cohort = fixture.path();
        given().contentType(ContentType.JSON).body("{\"mentees\": 3, \"mentors\": 3, \"seed\": 7}")
                .when().post(cohort + "/demo-data").then().statusCode(201);
        List<String> mentees = ids(cohort + "/mentees");
        List<String> mentors = ids(cohort + "/mentors");
        String exclusionId = given().contentType(ContentType.JSON)
                .body("{\"menteeId\": \"%s\", \"mentorId\": \"%s\", \"reason\": \"Colleagues\"}".formatted(mentees.get(2), mentors.get(2)))
                .when().post(cohort + "/exclusions").then().statusCode(201).extract().path("id");
        String outcomeId = given().contentType(ContentType.JSON)
                .body("{\"type\": \"JOB\", \"date\": \"2026-01-15\", \"viaMentorNetwork\": false}")
                .when().post(cohort + "/mentees/{m}/outcomes", mentees.get(0)).then().statusCode(201).extract().path("id");
        // One second: the three-by-three cohort is solved at once, and a step limit would not end it sooner.
        String runId = given().contentType(ContentType.JSON).body("{\"seed\": 1, \"timeLimitSeconds\": 1}")
                .when().post(cohort + "/match-runs").then().statusCode(202).extract().path("id");
        Runs.awaitEnd(cohort, runId);
        Runs.adopt(cohort, runId);
        // Subscribed to an event no request causes (a run failing), so no delivery writes behind the test's back.
        String webhookId = given().contentType(ContentType.JSON)
                .body("{\"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"run.failed\"]}")
                .when().post("/programmes/{p}/webhooks", fixture.programmeId()).then().statusCode(201).extract().path("id");
        return new Fixture(Map.of(
                "programmeId", fixture.programmeId(),
                "cohortId", fixture.cohortId(),
                "menteeId", mentees.get(0),
                "mentorId", mentors.get(0),
                "exclusionId", exclusionId,
                "outcomeId", outcomeId,
                "runId", runId,
                "webhookId", webhookId,
                "matchId", firstMatch(cohort)));
    }

    /** This fixture with a match that exists again after an adoption replaced the proposed ones. */
    Fixture withMatchOfLatestAdoption() {
        Map<String, String> renewed = new HashMap<>(ids);
        renewed.put("matchId", firstMatch(new TestCohort(id("programmeId"), id("cohortId")).path()));
        return new Fixture(Map.copyOf(renewed));
    }

    String id(String pathParameter) {
        return ids.get(pathParameter);
    }

    /** All its ids in the order of their parameter names, so that a seed picks the same kind of id every run. */
    List<String> allIds() {
        return ids.entrySet().stream().sorted(Map.Entry.comparingByKey()).map(Map.Entry::getValue).toList();
    }

    private static String firstMatch(String cohort) {
        return given().queryParam("limit", 1).when().get(cohort + "/matches").then().statusCode(200).extract().path("items[0].id");
    }

    private static List<String> ids(String list) {
        return given().when().get(list).then().statusCode(200).extract().jsonPath().getList("items.id");
    }
}
