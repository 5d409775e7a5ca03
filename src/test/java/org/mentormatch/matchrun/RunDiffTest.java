package org.mentormatch.matchrun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;
import static org.hamcrest.Matchers.equalTo;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/** GET …/match-runs/{runId}/diff: a run against the cohort's current matches, before adopting it. */
@QuarkusTest
class RunDiffTest {

    private static final int MENTEES = 12;

    private String cohort;

    @BeforeEach
    void createCohort() {
        String programmeId = Api.createProgramme();
        cohort = TestCohort.in(programmeId).path();
        given().contentType(ContentType.JSON).body("{\"mentees\": %d, \"mentors\": 12, \"seed\": 3}".formatted(MENTEES))
                .when().post(cohort + "/demo-data").then().statusCode(201);
    }

    @Test
    void shouldCompareASecondRunWithTheAdoptedFirst() {
        String first = Runs.runToEnd(cohort, 1);
        Runs.adopt(cohort, first);
        JsonPath same = diff(first).statusCode(200).extract().jsonPath();
        assertThat(same.getList("gained")).isEmpty();
        assertThat(same.getList("lost")).isEmpty();
        assertThat(same.getList("changed")).isEmpty();
        assertThat(same.getDouble("meanQuality.change")).isZero();

        String second = Runs.runToEnd(cohort, 2);
        JsonPath diff = diff(second).statusCode(200).extract().jsonPath();
        int gained = diff.getList("gained").size();
        int lost = diff.getList("lost").size();
        int changed = diff.getList("changed").size();
        assertThat(diff.getInt("mentees")).isEqualTo(MENTEES);
        assertThat(gained + lost + changed + diff.getInt("unchanged") + diff.getInt("unmatchedInBoth")).isEqualTo(MENTEES);

        int matchedBefore = Runs.matches(cohort, "PROPOSED").size();
        Map<String, Map<String, Object>> proposals = proposals(second);
        long matchedAfter = proposals.values().stream().filter(p -> p.get("mentorId") != null).count();
        assertThat(diff.getDouble("matched.before")).isEqualTo(matchedBefore);
        assertThat(diff.getDouble("matched.after")).isEqualTo(matchedAfter);
        assertThat(diff.getDouble("matched.change")).isEqualTo(gained - lost);
        assertThat(diff.getDouble("unmatched.change")).isEqualTo(lost - gained);
        assertThat(diff.getDouble("matched.after") + diff.getDouble("unmatched.after")).isEqualTo(MENTEES);
        assertThat(diff.getDouble("meanQuality.change")).isCloseTo(
                diff.getDouble("meanQuality.after") - diff.getDouble("meanQuality.before"), offset(0.11));
        double lowest = proposals.values().stream().filter(p -> p.get("quality") != null)
                .mapToInt(p -> (Integer) p.get("quality")).min().orElseThrow();
        assertThat(diff.getDouble("minimumQuality.after")).isEqualTo(lowest);

        List<Map<String, Object>> changes = diff.getList("changed");
        for (Map<String, Object> change : changes) {
            assertThat(change.get("fromMentorId")).isNotNull().isNotEqualTo(change.get("toMentorId"));
            Map<String, Object> proposal = proposals.get((String) change.get("menteeId"));
            assertThat(change.get("toMentorId")).isEqualTo(proposal.get("mentorId"));
            assertThat(change.get("toQuality")).isEqualTo(proposal.get("quality"));
            assertThat(change.get("menteeName")).isEqualTo(proposal.get("menteeName"));
        }
    }

    @Test
    void shouldRefuseToCompareARunThatHasNotEnded() {
        String runId = given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\": 60, \"stepLimit\": 10000000}")
                .when().post(cohort + "/match-runs").then().statusCode(202).extract().path("id");
        problem(diff(runId), 409).body("type", equalTo("https://mentor-match.org/problems/no-proposals"));
        given().when().delete(cohort + "/match-runs/" + runId).then().statusCode(200);
        Runs.awaitEnd(cohort, runId);
    }

    @Test
    void shouldAnswer404ForAnUnknownRunOrCohort() {
        problem(diff(UUID.randomUUID().toString()), 404);
        String runId = Runs.runToEnd(cohort, 1);
        String programmeId = cohort.split("/")[2];
        problem(given().when().get("/programmes/{p}/cohorts/{c}/match-runs/{r}/diff", programmeId, UUID.randomUUID(), runId)
                .then(), 404);
    }

    private io.restassured.response.ValidatableResponse diff(String runId) {
        return given().when().get(cohort + "/match-runs/" + runId + "/diff").then();
    }

    private Map<String, Map<String, Object>> proposals(String runId) {
        List<Map<String, Object>> items = given().queryParam("limit", 1000).when()
                .get(cohort + "/match-runs/" + runId + "/proposals").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Map<String, Object>> byMentee = new HashMap<>();
        items.forEach(item -> byMentee.put((String) item.get("menteeId"), item));
        return byMentee;
    }
}
