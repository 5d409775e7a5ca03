package org.mentormatch.matchrun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.matchrun.CohortBuilder.Person;
import org.mentormatch.support.Api;
import org.mentormatch.support.MaximumMatching;
import org.mentormatch.support.TestCohort;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class MatchRunResourceTest {

    private TestCohort fixture;
    private String programmeId;
    private String cohortId;

    @BeforeEach
    void createCohort() {
        fixture = TestCohort.create();
        programmeId = fixture.programmeId();
        cohortId = fixture.cohortId();
    }

    @Test
    void shouldMatchACohortKeepingEveryHardRuleAndMatchingAsManyAsPossible() {
        CohortBuilder cohort = new CohortBuilder(fixture, 7).mentors(50).mentees(60);

        String runId = start("{\"timeLimitSeconds\": 20, \"seed\": 1}");
        JsonPath run = awaitEnd(runId);
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        assertThat(run.getString("inputHash")).hasSize(64);
        assertThat(run.getInt("metrics.hardViolations")).isZero();

        List<Map<String, Object>> proposals = proposals(runId, 100).getList("items");
        assertThat(proposals).hasSize(60);
        Map<String, Person> mentors = new HashMap<>();
        cohort.mentors.forEach(mentor -> mentors.put(mentor.id(), mentor));
        Map<String, Person> mentees = new HashMap<>();
        cohort.mentees.forEach(mentee -> mentees.put(mentee.id(), mentee));
        Map<String, Integer> load = new HashMap<>();
        for (Map<String, Object> proposal : proposals) {
            assertThat((List<?>) proposal.get("reasons")).as("reasons of %s", proposal.get("menteeId")).isNotEmpty();
            String mentorId = (String) proposal.get("mentorId");
            if (mentorId != null) {
                assertThat(allowed(mentees.get((String) proposal.get("menteeId")), mentors.get(mentorId))).isTrue();
                assertThat((Integer) proposal.get("quality")).isBetween(0, 100);
                load.merge(mentorId, 1, Integer::sum);
            }
        }
        load.forEach((mentorId, mentees1) -> assertThat(mentees1).isLessThanOrEqualTo(mentors.get(mentorId).capacity()));
        int best = MaximumMatching.size(cohort.mentees, cohort.mentors, Person::capacity, MatchRunResourceTest::allowed);
        assertThat(run.getInt("metrics.menteesMatched")).isEqualTo(best);
        assertThat(proposals.stream().filter(p -> p.get("mentorId") != null)).hasSize(best);
    }

    @Test
    void shouldGiveTheSameResultForTheSameInputSeedAndSteps() {
        new CohortBuilder(fixture, 3).mentors(12).mentees(15);
        String body = "{\"seed\": 5, \"stepLimit\": 300}";
        String first = start(body);
        JsonPath firstRun = awaitEnd(first);
        String second = start(body);
        JsonPath secondRun = awaitEnd(second);

        assertThat(secondRun.getString("inputHash")).isEqualTo(firstRun.getString("inputHash"));
        assertThat(secondRun.getString("bestScore")).isEqualTo(firstRun.getString("bestScore"));
        assertThat(pairs(second)).isEqualTo(pairs(first));
    }

    @Test
    void shouldStopARunEarlyAndKeepItsBestResult() {
        new CohortBuilder(fixture, 4).mentors(20).mentees(25);
        String runId = start("{\"timeLimitSeconds\": 120, \"stepLimit\": 10000000}");
        await().atMost(Duration.ofSeconds(30)).until(() -> "SOLVING".equals(run(runId).getString("status")));

        given().when().delete(path() + "/" + runId).then().statusCode(200).body("id", equalTo(runId));

        JsonPath run = awaitEnd(runId);
        assertThat(run.getString("status")).isEqualTo("CANCELLED");
        assertThat(proposals(runId, 100).getList("items")).hasSize(25);
        problem(given().when().delete(path() + "/" + runId).then(), 409);
    }

    @Test
    void shouldAllowOneActiveRunPerCohort() {
        new CohortBuilder(fixture, 5).mentors(10).mentees(10);
        String runId = start("{\"timeLimitSeconds\": 120, \"stepLimit\": 10000000}");

        problem(given().contentType(ContentType.JSON).body("{}").when().post(path()).then(), 409)
                .body("activeRunId", equalTo(runId));
        problem(given().when().get(path() + "/" + runId + "/proposals").then(), 409);

        given().when().delete(path() + "/" + runId).then().statusCode(200);
        assertThat(awaitEnd(runId).getString("status")).isEqualTo("CANCELLED");
        given().when().get(path()).then().statusCode(200).body("items.id", hasItem(runId));
        // A run stopped however early frees the cohort for the next one.
        String next = start("{\"timeLimitSeconds\": 5}");
        assertThat(awaitEnd(next).getString("status")).isEqualTo("COMPLETED");
    }

    @Test
    void shouldLeaveOutPeopleWithoutAnAllowedConsentBasisWhenTheProgrammeRequiresOne() {
        given().contentType("application/merge-patch+json").body("{\"matchingBases\": [\"CONSENT\"]}")
                .when().patch("/programmes/" + programmeId).then().statusCode(200);
        String mentorWithConsent = person("mentors", "2511", "CONSENT");
        String mentorWithout = person("mentors", "2511", null);
        String first = person("mentees", "2512", "CONSENT");
        String second = person("mentees", "2512", "CONSENT");
        String onContract = person("mentees", "2512", "CONTRACT");
        String unrecorded = person("mentees", "2512", null);

        String runId = start("{\"seed\": 1, \"stepLimit\": 200}");
        JsonPath run = awaitEnd(runId);
        assertThat(run.getString("status")).isEqualTo("COMPLETED");
        Map<String, Map<String, Object>> byMentee = new HashMap<>();
        proposals(runId, 100).<Map<String, Object>>getList("items")
                .forEach(proposal -> byMentee.put((String) proposal.get("menteeId"), proposal));

        // Both consenting mentees would have a mentor if the one without consent were offered.
        assertThat(byMentee).containsOnlyKeys(first, second, onContract, unrecorded);
        assertThat(byMentee.values()).extracting(proposal -> proposal.get("mentorId")).doesNotContain(mentorWithout)
                .containsOnlyOnce(mentorWithConsent);
        assertThat(run.getInt("metrics.menteesMatched")).isEqualTo(1);
        assertThat(run.getInt("metrics.menteesUnmatched")).isEqualTo(3);
        assertThat(onlyReason(byMentee.get(onContract))).containsEntry("constraint", "No allowed consent basis")
                .containsEntry("description", "Left out of the run: the programme matches only profiles recorded on "
                        + "CONSENT, and this mentee is recorded on the basis CONTRACT.");
        assertThat(onlyReason(byMentee.get(unrecorded))).containsEntry("constraint", "No allowed consent basis")
                .extractingByKey("description").asString().endsWith("this mentee has no consent basis recorded.");
        assertThat(byMentee.get(unrecorded).get("mentorId")).isNull();
    }

    @Test
    void shouldRefuseARunOnAnEmptyCohort() {
        problem(given().contentType(ContentType.JSON).body("{}").when().post(path()).then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/empty-cohort"));
        new CohortBuilder(fixture, 6).mentees(2);
        problem(given().contentType(ContentType.JSON).when().post(path()).then(), 409);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectATimeLimitOutOfRange() {
        problem(given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\": 0}").when().post(path()).then(), 400)
                .body("violations.field", hasItem("timeLimitSeconds"));
        problem(given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\": 3601}").when().post(path()).then(), 400)
                .body("violations.field", hasItem("timeLimitSeconds"));
        problem(given().contentType(ContentType.JSON).body("{\"stepLimit\": -1}").when().post(path()).then(), 400)
                .body("violations.field", hasItem("stepLimit"));
    }

    @Test
    void shouldAnswer404ForUnknownCohortsAndRuns() {
        problem(given().contentType(ContentType.JSON).when()
                .post("/programmes/{p}/cohorts/{c}/match-runs", programmeId, UUID.randomUUID()).then(), 404);
        problem(given().when().get(path() + "/" + UUID.randomUUID()).then(), 404);
        problem(given().when().get(path() + "/" + UUID.randomUUID() + "/proposals").then(), 404);
        problem(given().when().delete(path() + "/" + UUID.randomUUID()).then(), 404);
        String otherProgramme = Api.createProgramme();
        problem(given().when().get("/programmes/{p}/cohorts/{c}/match-runs", otherProgramme, cohortId).then(), 404);
    }

    static boolean allowed(Person mentee, Person mentor) {
        boolean sharesLanguage = mentee.languages().stream().anyMatch(mentor.languages()::contains);
        boolean sameEmployer = mentee.employer() != null && mentee.employer().equalsIgnoreCase(mentor.employer());
        boolean sameMajorGroup = mentee.field().charAt(0) == mentor.field().charAt(0);
        return sharesLanguage && !sameEmployer && sameMajorGroup;
    }

    /** A mentor or mentee who speaks Danish, on the consent basis given (none when null). */
    private String person(String kind, String field, String basis) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Someone", "email", TestCohort.uniqueEmail("example.dk"),
                "field", field, "languages", List.of("da")));
        if (basis != null) {
            body.put("consent", Map.of("basis", basis, "version", "2026-01"));
        }
        return fixture.post(kind, body);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> onlyReason(Map<String, Object> proposal) {
        List<Map<String, Object>> reasons = (List<Map<String, Object>>) proposal.get("reasons");
        assertThat(reasons).hasSize(1);
        return reasons.get(0);
    }

    private String path() {
        return "/programmes/%s/cohorts/%s/match-runs".formatted(programmeId, cohortId);
    }

    private String start(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(path())
                .then().statusCode(202)
                .header("Location", notNullValue())
                .body("status", equalTo("QUEUED"))
                .extract().path("id");
    }

    private JsonPath run(String runId) {
        return given().when().get(path() + "/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private JsonPath awaitEnd(String runId) {
        await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(250))
                .until(() -> !List.of("QUEUED", "SOLVING").contains(run(runId).getString("status")));
        return run(runId);
    }

    private JsonPath proposals(String runId, int limit) {
        return given().queryParam("limit", limit).when().get(path() + "/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath();
    }

    private Map<String, String> pairs(String runId) {
        Map<String, String> pairs = new HashMap<>();
        List<Map<String, Object>> items = proposals(runId, 100).getList("items");
        items.forEach(p -> pairs.put((String) p.get("menteeId"), (String) p.get("mentorId")));
        return pairs;
    }
}
