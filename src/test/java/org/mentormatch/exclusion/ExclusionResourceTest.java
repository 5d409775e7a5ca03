package org.mentormatch.exclusion;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.ProgrammeScope;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/** Every test works in a programme and cohort of its own, with one mentee and one mentor. */
@QuarkusTest
class ExclusionResourceTest {

    private static final int RACERS = 6;

    @Inject
    ExclusionService service;

    private TestCohort cohort;
    private String programmeId;
    private String cohortId;
    private String menteeId;
    private String mentorId;

    @BeforeEach
    void createCohortWithAMenteeAndAMentor() {
        cohort = TestCohort.create();
        programmeId = cohort.programmeId();
        cohortId = cohort.cohortId();
        menteeId = cohort.mentee();
        mentorId = cohort.mentor();
    }

    @Test
    void shouldCreateAnExclusionAndReadItBack() {
        String location = post(body(menteeId, mentorId, "  They are colleagues "))
                .statusCode(201)
                .header("Location", containsString(path() + "/"))
                .body("id", notNullValue())
                .body("cohortId", equalTo(cohortId))
                .body("menteeId", equalTo(menteeId))
                .body("mentorId", equalTo(mentorId))
                .body("reason", equalTo("They are colleagues"))
                .body("createdAt", notNullValue())
                .extract().header("Location");

        given().when().get(location).then().statusCode(200)
                .body("menteeId", equalTo(menteeId))
                .body("reason", equalTo("They are colleagues"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldListExclusionsInCreationOrderAPageAtATime() {
        List<String> mentors = List.of(mentorId, cohort.mentor(), cohort.mentor());
        List<String> ids = new ArrayList<>();
        for (String mentor : mentors) {
            ids.add(post(body(menteeId, mentor, "Family")).statusCode(201).extract().path("id"));
        }

        given().queryParam("limit", 2).when().get(path()).then().statusCode(200)
                .body("total", equalTo(3))
                .body("limit", equalTo(2))
                .body("items.id", contains(ids.get(0), ids.get(1)));
        given().queryParam("offset", 2).when().get(path()).then().statusCode(200)
                .body("items.id", contains(ids.get(2)))
                .body("items.mentorId", contains(mentors.get(2)));
        problem(given().queryParam("limit", 101).when().get(path()).then(), 400)
                .body("violations.field", hasItem("limit"));
    }

    @Test
    void shouldDeleteAnExclusion() {
        String id = post(body(menteeId, mentorId, "Neighbours")).statusCode(201).extract().path("id");

        given().when().delete(path() + "/" + id).then().statusCode(204);

        problem(given().when().get(path() + "/" + id).then(), 404);
        problem(given().when().delete(path() + "/" + id).then(), 404);
        given().when().get(path()).then().body("total", equalTo(0));
        // The pair can be excluded again once allowed.
        post(body(menteeId, mentorId, "Neighbours after all")).statusCode(201);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRequireAReasonOf1To500Characters() {
        problem(post(Map.of("menteeId", menteeId, "mentorId", mentorId)), 400)
                .body("violations.field", hasItem("reason"));
        problem(post(body(menteeId, mentorId, "   ")), 400)
                .body("violations.field", hasItem("reason"));
        problem(post(body(menteeId, mentorId, "x".repeat(501))), 400)
                .body("violations.field", hasItem("reason"));
        post(body(menteeId, mentorId, "x".repeat(500))).statusCode(201);
    }

    @Test
    void shouldRejectAMenteeOrMentorOfAnotherCohort() {
        String otherCohort = Api.createCohort(programmeId);
        String otherMentee = new TestCohort(programmeId, otherCohort).mentee();
        String otherMentor = new TestCohort(programmeId, otherCohort).mentor();

        problem(post(body(otherMentee, mentorId, "x")), 400)
                .body("violations", hasSize(1))
                .body("violations[0].field", equalTo("menteeId"))
                .body("violations[0].in", equalTo("body"))
                .body("violations[0].message", containsString("mentee of this cohort"));
        problem(post(body(menteeId, otherMentor, "x")), 400)
                .body("violations.field", contains("mentorId"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectIdsThatAreNoMenteeOrMentor() {
        // A mentor's id is not a mentee's, and the other way round.
        problem(post(body(mentorId, menteeId, "x")), 400)
                .body("violations.field", contains("menteeId", "mentorId"));
        problem(post(body(UUID.randomUUID().toString(), mentorId, "x")), 400)
                .body("violations.field", contains("menteeId"));
        problem(post(Map.of("mentorId", mentorId, "reason", "x")), 400)
                .body("violations.field", hasItem("menteeId"));
        problem(post(body("not-a-uuid", mentorId, "x")), 400)
                .body("field", equalTo("menteeId"));
    }

    @Test
    void shouldRefuseTheSamePairTwice() {
        post(body(menteeId, mentorId, "Colleagues")).statusCode(201);

        problem(post(body(menteeId, mentorId, "Still colleagues")), 409)
                .body("type", equalTo("https://mentor-match.org/problems/already-excluded"));
        given().when().get(path()).then().body("total", equalTo(1));
    }

    @Test
    void shouldLetExactlyOneOfSimultaneousRequestsExcludeAPair() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(RACERS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int racer = 0; racer < RACERS; racer++) {
                statuses.add(pool.submit(() -> {
                    start.await();
                    return post(body(menteeId, mentorId, "Colleagues")).extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(answered).containsOnly(201, 409);
            assertThat(answered).filteredOn(status -> status == 201).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        given().when().get(path()).then().body("total", equalTo(1));
    }

    @Test
    void shouldAnswer404ForAnUnknownProgrammeCohortOrExclusion() {
        String unknown = UUID.randomUUID().toString();
        problem(given().when().get("/programmes/{p}/cohorts/{c}/exclusions", unknown, cohortId).then(), 404);
        problem(given().when().get("/programmes/{p}/cohorts/{c}/exclusions", programmeId, unknown).then(), 404);
        problem(given().contentType(ContentType.JSON).body(body(menteeId, mentorId, "x"))
                .when().post("/programmes/{p}/cohorts/{c}/exclusions", programmeId, unknown).then(), 404);
        problem(given().when().get(path() + "/" + unknown).then(), 404)
                .body("detail", containsString(unknown));
    }

    @Test
    void shouldAnswer404ForACohortOfAnotherProgrammeOrAnExclusionOfAnotherCohort() {
        String id = post(body(menteeId, mentorId, "x")).statusCode(201).extract().path("id");
        String otherProgramme = Api.createProgramme();
        String otherCohort = Api.createCohort(programmeId);

        problem(given().when().get("/programmes/{p}/cohorts/{c}/exclusions", otherProgramme, cohortId).then(), 404);
        problem(given().when().get("/programmes/{p}/cohorts/{c}/exclusions/{e}", programmeId, otherCohort, id).then(), 404);
        problem(given().when().delete("/programmes/{p}/cohorts/{c}/exclusions/{e}", programmeId, otherCohort, id).then(), 404);
        given().when().get(path() + "/" + id).then().statusCode(200);
    }

    @Test
    void shouldGiveTheEngineTheCohortsPairsAsIds() {
        String secondMentor = cohort.mentor();
        post(body(menteeId, mentorId, "x")).statusCode(201);
        post(body(menteeId, secondMentor, "y")).statusCode(201);
        String otherCohort = Api.createCohort(programmeId);
        post(otherCohort, body(new TestCohort(programmeId, otherCohort).mentee(), new TestCohort(programmeId, otherCohort).mentor(), "z"))
                .statusCode(201);

        assertThat(ProgrammeScope.system(() -> service.pairsOf(UUID.fromString(cohortId)))).containsExactlyInAnyOrder(
                new ExcludedPair(UUID.fromString(menteeId), UUID.fromString(mentorId)),
                new ExcludedPair(UUID.fromString(menteeId), UUID.fromString(secondMentor)));
    }

    @Test
    void shouldDropTheExclusionWithItsMentee() {
        post(body(menteeId, mentorId, "x")).statusCode(201);

        given().when().delete("/programmes/{p}/cohorts/{c}/mentees/{m}", programmeId, cohortId, menteeId)
                .then().statusCode(204);

        given().when().get(path()).then().statusCode(200).body("items", empty());
    }

    private ValidatableResponse post(Object body) {
        return post(cohortId, body);
    }

    private ValidatableResponse post(String cohort, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/programmes/{p}/cohorts/{c}/exclusions", programmeId, cohort)
                .then();
    }

    private static Map<String, String> body(String menteeId, String mentorId, String reason) {
        return Map.of("menteeId", menteeId, "mentorId", mentorId, "reason", reason);
    }

    private String path() {
        return "/programmes/%s/cohorts/%s/exclusions".formatted(programmeId, cohortId);
    }
}
