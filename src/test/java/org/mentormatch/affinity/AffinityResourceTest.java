package org.mentormatch.affinity;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.ProgrammeScope;
import org.mentormatch.matching.model.PairAffinity;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/** Every test works in a programme and cohort of its own. */
@QuarkusTest
class AffinityResourceTest {

    @Inject
    AffinityService service;

    private TestCohort cohort;
    private String programmeId;
    private String cohortId;

    @BeforeEach
    void createCohort() {
        cohort = TestCohort.create();
        programmeId = cohort.programmeId();
        cohortId = cohort.cohortId();
    }

    @Test
    void shouldReplaceTheWholeListAndReadItBackInPairOrder() {
        String mentee = cohort.mentee();
        List<String> mentors = List.of(cohort.mentor(), cohort.mentor(),
                cohort.mentor());
        given().when().get(path()).then().statusCode(200).header("ETag", "\"0\"").body("affinities", empty());

        put(List.of(entry(mentee, mentors.get(2), 40), entry(mentee, mentors.get(0), -100),
                entry(mentee, mentors.get(1), 100)), null)
                .statusCode(200).header("ETag", "\"1\"").body("affinities", hasSize(3));
        // PostgreSQL orders uuids byte by byte, which is the order of their lowercase text.
        List<String> ordered = mentors.stream().sorted(Comparator.naturalOrder()).toList();
        given().when().get(path()).then().statusCode(200).header("ETag", "\"1\"")
                .body("affinities.mentorId", contains(ordered.toArray()))
                .body("affinities.find { it.mentorId == '%s' }.score".formatted(mentors.get(0)), equalTo(-100));

        put(List.of(entry(mentee, mentors.get(1), 5)), "\"1\"").statusCode(200).header("ETag", "\"2\"");
        given().when().get(path()).then().statusCode(200)
                .body("affinities", hasSize(1)).body("affinities[0].score", equalTo(5));
        put(List.of(), "\"2\"").statusCode(200).header("ETag", "\"3\"").body("affinities", empty());
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        String mentee = cohort.mentee();
        String mentor = cohort.mentor();
        put(List.of(entry(mentee, mentor, 10)), "\"0\"").statusCode(200).header("ETag", "\"1\"");

        problem(put(List.of(entry(mentee, mentor, 20)), "\"0\""), 412);
        given().when().get(path()).then().body("affinities[0].score", equalTo(10));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldNameEachBadEntry() {
        String mentee = cohort.mentee();
        String mentor = cohort.mentor();
        String otherCohort = Api.createCohort(programmeId);
        String stranger = new TestCohort(programmeId, otherCohort).mentee();

        problem(put(List.of(entry(mentee, mentor, 10), entry(mentee, mentor, 20)), null), 400)
                .body("violations.field", contains("affinities[1]"))
                .body("violations[0].message", containsString("affinities[0]"));
        problem(put(List.of(entry(stranger, mentor, 10), entry(mentee, UUID.randomUUID().toString(), 10)), null), 400)
                .body("violations.field", contains("affinities[0].menteeId", "affinities[1].mentorId"));
        problem(put(List.of(entry(mentee, mentor, 101)), null), 400)
                .body("violations.field", hasItem("affinities[0].score"));
        problem(given().contentType(ContentType.JSON).body("{}").when().put(path()).then(), 400)
                .body("violations.field", hasItem("affinities"));
        given().when().get(path()).then().statusCode(200).header("ETag", "\"0\"").body("affinities", empty());
    }

    @Test
    void shouldAnswer404ForAnUnknownCohort() {
        problem(given().when().get("/programmes/{p}/cohorts/{c}/affinities", programmeId, UUID.randomUUID()).then(), 404);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldAcceptTheLargestListAndRefuseALongerOne() {
        // 250 × 400 = 100,000 distinct pairs, about 11 MB of JSON: above the 1 MB other bodies may have.
        List<String> mentees = IntStream.range(0, 250).mapToObj(i -> cohort.mentee()).toList();
        List<String> mentors = IntStream.range(0, 400).mapToObj(i -> cohort.mentor()).toList();
        StringBuilder body = new StringBuilder("{\"affinities\":[");
        for (String mentee : mentees) {
            for (String mentor : mentors) {
                body.append("{\"menteeId\":\"%s\",\"mentorId\":\"%s\",\"score\":-7},".formatted(mentee, mentor));
            }
        }
        String largest = body.substring(0, body.length() - 1) + "]}";

        given().contentType(ContentType.JSON).body(largest).when().put(path()).then().statusCode(200)
                .header("ETag", "\"1\"").body("affinities.size()", equalTo(AffinityList.MAX_ENTRIES));

        String longer = largest.substring(0, largest.length() - 2)
                + ",{\"menteeId\":\"%s\",\"mentorId\":\"%s\",\"score\":1}]}".formatted(mentees.get(0), mentors.get(0));
        problem(given().contentType(ContentType.JSON).body(longer).when().put(path()).then(), 400)
                .body("violations.field", hasItem("affinities"));
    }

    @Test
    void shouldPreferThePairACoordinatorRated() {
        String mentee = person("mentees", "2511", Map.of());
        String strong = person("mentors", "2511", Map.of("capacity", 1));
        String weak = person("mentors", "2166", Map.of("capacity", 1));
        String before = Runs.runToEnd(path(""), 1);
        assertThat(mentorOf(mentee, before)).isEqualTo(strong);

        put(List.of(entry(mentee, weak, 100), entry(mentee, strong, -100)), null).statusCode(200);

        String runId = Runs.runToEnd(path(""), 1);
        assertThat(mentorOf(mentee, runId)).isEqualTo(weak);
        assertThat(inputHash(runId)).as("affinities are part of the run's input").isNotEqualTo(inputHash(before));
        given().when().get(path("/match-runs/" + runId + "/proposals")).then().statusCode(200)
                .body("items[0].reasons.find { it.constraint == 'Coordinator affinity' }.description",
                        equalTo("A coordinator rated this pair +100 (on a scale of -100 to +100, from interviews or questionnaires)."));
    }

    @Test
    void shouldLeaveWithdrawnParticipantsOutOfRuns() {
        String mentee = cohort.mentee();
        String staying = cohort.mentor();
        String leaving = cohort.mentor();
        put(List.of(entry(mentee, staying, 30), entry(mentee, leaving, -30)), null).statusCode(200);

        given().contentType(ContentType.JSON).body("{\"reason\": \"OTHER\"}")
                .when().post(path("/mentors/{id}/withdrawal"), leaving).then().statusCode(200);

        assertThat(ProgrammeScope.system(() -> service.pairsOf(UUID.fromString(cohortId))))
                .containsExactly(new PairAffinity(UUID.fromString(mentee), UUID.fromString(staying), 30));
        given().when().get(path()).then().statusCode(200).body("affinities", hasSize(2));
    }

    private String inputHash(String runId) {
        return given().when().get(path("/match-runs/" + runId)).then().statusCode(200).extract().path("inputHash");
    }

    private String mentorOf(String mentee, String runId) {
        return given().when().get(path("/match-runs/" + runId + "/proposals")).then().statusCode(200)
                .extract().path("items.find { it.menteeId == '%s' }.mentorId".formatted(mentee));
    }

    private String person(String kind, String field, Map<String, Object> extra) {
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.putAll(Map.of("displayName", kind, "email", UUID.randomUUID() + "@example.org", "field", field,
                "languages", List.of("en")));
        return given().contentType(ContentType.JSON).body(body).when().post(path("/" + kind))
                .then().statusCode(201).extract().path("id");
    }

    private ValidatableResponse put(List<Map<String, Object>> entries, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body(Map.of("affinities", entries));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path()).then();
    }

    private static Map<String, Object> entry(String menteeId, String mentorId, int score) {
        return Map.of("menteeId", menteeId, "mentorId", mentorId, "score", score);
    }

    private String path() {
        return path("/affinities");
    }

    private String path(String rest) {
        return "/programmes/%s/cohorts/%s%s".formatted(programmeId, cohortId, rest);
    }
}
