package org.mentormatch.match;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * GET …/stability on a cohort with one obvious optimum: two software people and two welders, each pair alike in
 * field, skills and interests, so each mentee is best with the mentor of their own trade, and the other way round.
 */
@QuarkusTest
class StabilityReportTest {

    private TestCohort fixture;
    private String programmeId;
    private String cohort;
    private String coder;
    private String welder;
    private String coderMentor;
    private String welderMentor;

    @BeforeEach
    void createCohort() {
        fixture = TestCohort.create();
        programmeId = fixture.programmeId();
        cohort = fixture.path();
        coder = person("mentees", "Coder", "2511", "java", "sailing");
        welder = person("mentees", "Welder", "7212", "welding", "cooking");
        coderMentor = person("mentors", "Coding mentor", "2511", "java", "sailing");
        welderMentor = person("mentors", "Welding mentor", "7212", "welding", "cooking");
    }

    @Test
    void shouldReportThePairsWhoWouldRatherBeTogether() {
        handMatch(coder, welderMentor);
        handMatch(welder, coderMentor);

        JsonPath report = stability().statusCode(200)
                .body("stable", equalTo(false))
                .body("currentMatches", equalTo(2))
                .body("blockingPairs", equalTo(2))
                .body("menteesInvolved", equalTo(2))
                .body("mentorsInvolved", equalTo(2))
                .body("truncated", equalTo(false))
                .body("pairs", hasSize(2))
                .extract().jsonPath();
        Map<String, Object> pair = report.<Map<String, Object>>getList("pairs").stream()
                .filter(p -> p.get("menteeId").equals(coder)).findFirst().orElseThrow();
        assertThat(pair.get("mentorId")).isEqualTo(coderMentor);
        assertThat(pair.get("currentMentorId")).isEqualTo(welderMentor);
        assertThat(pair.get("mentorHasSpareCapacity")).isEqualTo(false);
        assertThat(pair.get("mentorWorstMenteeId")).isEqualTo(welder);
        int quality = (Integer) pair.get("quality");
        assertThat(quality).isGreaterThan((Integer) pair.get("currentQuality"))
                .isGreaterThan((Integer) pair.get("mentorWorstQuality"));
        assertThat(pair.get("gain")).isEqualTo(2 * quality - (Integer) pair.get("currentQuality")
                - (Integer) pair.get("mentorWorstQuality"));
        assertThat((String) pair.get("explanation")).startsWith("Coder would score " + quality + " with Coding mentor")
                .contains("Coding mentor's weakest pair, with Welder");
        List<Integer> gains = report.getList("pairs.gain");
        assertThat(gains).isSortedAccordingTo((a, b) -> b - a);
    }

    @Test
    void shouldCountAFreePlaceForAnUnmatchedMentee() {
        handMatch(welder, welderMentor);

        stability().statusCode(200)
                .body("stable", equalTo(false))
                .body("blockingPairs", equalTo(1))
                .body("pairs[0].menteeId", equalTo(coder))
                .body("pairs[0].mentorId", equalTo(coderMentor))
                .body("pairs[0].currentMentorId", equalTo(null))
                .body("pairs[0].mentorHasSpareCapacity", equalTo(true))
                .body("pairs[0].explanation", containsString("has room for another mentee"));
    }

    @Test
    void shouldJudgeAMenteeByTheirStatedRankingAndNeverPairAMentorWithSomeoneTheyDeclined() {
        given().contentType(ContentType.JSON).body(Map.of("minimumFieldCloseness", 0))
                .when().put(cohort + "/matching-policy").then().statusCode(200);
        handMatch(coder, coderMentor);
        // By quality the coder is best where they are; but they ranked the welding mentor first.
        given().contentType(ContentType.JSON).body(Map.of("ranked", List.of(welderMentor)))
                .when().put(cohort + "/mentees/" + coder + "/preferences").then().statusCode(200);

        JsonPath report = stability().statusCode(200).body("blockingPairs", equalTo(2)).extract().jsonPath();
        Map<String, Object> ranked = report.<Map<String, Object>>getList("pairs").stream()
                .filter(p -> p.get("menteeId").equals(coder)).findFirst().orElseThrow();
        assertThat(ranked.get("mentorId")).isEqualTo(welderMentor);
        assertThat((Integer) ranked.get("quality")).isLessThan((Integer) ranked.get("currentQuality"));
        assertThat((String) ranked.get("explanation"))
                .startsWith("Coder ranked Welding mentor as choice 1, above Coding mentor (not ranked)");

        given().contentType(ContentType.JSON).body(Map.of("declines", List.of(coder)))
                .when().put(cohort + "/mentors/" + welderMentor + "/preferences").then().statusCode(200);
        stability().statusCode(200).body("blockingPairs", equalTo(1)).body("pairs[0].menteeId", equalTo(welder));
    }

    @Test
    void shouldFindTheOptimumStable() {
        String runId = Runs.runToEnd(cohort, 1);
        Runs.adopt(cohort, runId);
        given().contentType(ContentType.JSON).body("{}").when().post(cohort + "/matches/accept").then().statusCode(200);
        List<Map<String, Object>> accepted = Runs.matches(cohort, "ACCEPTED");
        assertThat(accepted).extracting(m -> m.get("menteeId") + ">" + m.get("mentorId"))
                .containsExactlyInAnyOrder(coder + ">" + coderMentor, welder + ">" + welderMentor);

        stability().statusCode(200)
                .body("stable", equalTo(true))
                .body("currentMatches", equalTo(2))
                .body("blockingPairs", equalTo(0))
                .body("pairs", hasSize(0));
    }

    @Test
    void shouldAnswer404ForAnUnknownCohortOrProgramme() {
        problem(given().when().get("/programmes/{p}/cohorts/{c}/stability", programmeId, UUID.randomUUID()).then(), 404);
        problem(given().when().get("/programmes/{p}/cohorts/{c}/stability", UUID.randomUUID(), cohort.split("/")[4])
                .then(), 404);
    }

    private io.restassured.response.ValidatableResponse stability() {
        return given().when().get(cohort + "/stability").then();
    }

    private void handMatch(String mentee, String mentor) {
        given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee, "mentorId", mentor, "override", Map.of("reason", "Test set-up")))
                .when().post(cohort + "/matches").then().statusCode(201);
    }

    private String person(String kind, String name, String field, String skill, String interest) {
        Map<String, Object> body = new java.util.HashMap<>(Map.of("displayName", name,
                "email", TestCohort.uniqueEmail("example.org"), "field", field, "languages", List.of("en"),
                "skills", List.of(skill), "interests", List.of(interest)));
        if (kind.equals("mentors")) {
            body.put("capacity", 1);
        }
        return fixture.post(kind, body);
    }
}
