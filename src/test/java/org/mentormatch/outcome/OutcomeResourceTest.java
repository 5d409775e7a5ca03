package org.mentormatch.outcome;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.event.EventType;
import org.mentormatch.event.ProgrammeEvent;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/** Every test works in a cohort of its own, with one mentee. */
@QuarkusTest
class OutcomeResourceTest {

    @Inject
    RecordedEvents events;

    private TestCohort cohort;
    private String menteeId;

    @BeforeEach
    void createCohortWithAMentee() {
        cohort = TestCohort.create();
        menteeId = cohort.mentee();
    }

    @Test
    void shouldRecordAnOutcomeAndReadItBack() {
        String location = post(job("2026-03-01")).statusCode(201)
                .header("Location", containsString(path() + "/"))
                .body("id", notNullValue())
                .body("cohortId", equalTo(cohort.cohortId()))
                .body("menteeId", equalTo(menteeId))
                .body("type", equalTo("JOB"))
                .body("date", equalTo("2026-03-01"))
                .body("occupation", equalTo("2512"))
                .body("viaMentorNetwork", equalTo(true))
                .body("note", equalTo("Junior developer"))
                .body("recordedBy", notNullValue())
                .extract().header("Location");

        given().when().get(location).then().statusCode(200).body("type", equalTo("JOB"));
        given().auth().oauth2(TestTokens.viewer("vera", cohort.programmeId())).when().get(location).then()
                .statusCode(200);
    }

    @Test
    void shouldListOutcomesByDate() {
        String later = post(job("2026-03-01")).statusCode(201).extract().path("id");
        String earlier = post(Map.of("type", "EDUCATION", "date", "2025-10-01", "viaMentorNetwork", false))
                .statusCode(201).body("occupation", nullValue()).body("note", nullValue()).extract().path("id");

        given().when().get(path()).then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.id", contains(earlier, later));
    }

    @Test
    void shouldDeleteAnOutcomeAndAuditBoth() {
        String id = post(job("2026-03-01")).statusCode(201).extract().path("id");

        given().when().delete(path() + "/" + id).then().statusCode(204);

        problem(given().when().get(path() + "/" + id).then(), 404);
        problem(given().when().delete(path() + "/" + id).then(), 404);
        List<String> actions = given().queryParam("limit", 100).when().get(cohort.path() + "/audit").then()
                .statusCode(200).extract().path("items.action");
        assertThat(actions).contains("OUTCOME_RECORDED", "OUTCOME_DELETED");
    }

    @Test
    void shouldAnnounceTheOutcomeOnceItIsCommitted() {
        String id = post(job("2026-03-01")).statusCode(201).extract().path("id");

        assertThat(events.committed()).contains(new ProgrammeEvent(UUID.fromString(cohort.programmeId()),
                EventType.OUTCOME_RECORDED, Map.of("outcomeId", id, "menteeId", menteeId,
                        "cohortId", cohort.cohortId(), "type", "JOB")));
    }

    @Test
    void shouldKeepOutcomesWhenTheMenteeWithdrawsAndRecordAfterwards() {
        String id = post(job("2026-03-01")).statusCode(201).extract().path("id");

        given().contentType(ContentType.JSON).body("{\"reason\": \"FOUND_JOB\"}")
                .when().post(cohort.path() + "/mentees/{id}/withdrawal", menteeId).then().statusCode(200);

        given().when().get(path() + "/" + id).then().statusCode(200);
        post(Map.of("type", "VOLUNTEERING", "date", LocalDate.now().toString(), "viaMentorNetwork", false))
                .statusCode(201);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectBadInputNamingTheField() {
        problem(post(with("date", LocalDate.now().plusDays(1).toString())), 400)
                .body("violations.field", hasItem("date"));
        // A value Jackson cannot read is named in the problem's field, as everywhere in the service.
        problem(post(with("type", "PROMOTION")), 400).body("field", equalTo("type"));
        problem(post(with("date", "1 March")), 400).body("field", equalTo("date"));
        for (String occupation : List.of("", "12345", "25a", "15", "2799", " 25")) {
            problem(post(with("occupation", occupation)), 400).body("violations.field", hasItem("occupation"));
        }
        problem(post(with("note", "x".repeat(2001))), 400).body("violations.field", hasItem("note"));
        Map<String, Object> withoutRoute = new HashMap<>(job("2026-03-01"));
        withoutRoute.remove("viaMentorNetwork");
        problem(post(withoutRoute), 400).body("violations.field", hasItem("viaMentorNetwork"));
        given().when().get(path()).then().body("total", equalTo(0));
    }

    @Test
    void shouldAcceptEveryLevelOfAnIscoCode() {
        for (String occupation : List.of("0", "2", "01", "96", "251", "2512")) {
            post(with("occupation", occupation)).statusCode(201).body("occupation", equalTo(occupation));
        }
    }

    @Test
    void shouldAnswer404ForAMenteeOfAnotherCohortAndLetNoViewerWrite() {
        TestCohort other = cohort.sibling();
        problem(given().contentType(ContentType.JSON).body(job("2026-03-01"))
                .when().post(other.path() + "/mentees/{m}/outcomes", menteeId).then(), 404);
        problem(given().when().get(other.path() + "/mentees/{m}/outcomes", menteeId).then(), 404);
        problem(given().auth().oauth2(TestTokens.viewer("vera", cohort.programmeId()))
                .contentType(ContentType.JSON).body(job("2026-03-01")).when().post(path()).then(), 403);
    }

    private Map<String, Object> with(String field, Object value) {
        Map<String, Object> body = new HashMap<>(job("2026-03-01"));
        body.put(field, value);
        return body;
    }

    private static Map<String, Object> job(String date) {
        return Map.of("type", "JOB", "date", date, "occupation", "2512", "viaMentorNetwork", true,
                "note", "Junior developer");
    }

    private ValidatableResponse post(Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path()).then();
    }

    private String path() {
        return cohort.path() + "/mentees/" + menteeId + "/outcomes";
    }
}
