package org.mentormatch.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

/** Returning mentors copied from last year's cohort through HTTP. */
@QuarkusTest
class MentorCopyTest {

    private String programme;
    private String lastYear;
    private String thisYear;

    @BeforeEach
    void createCohorts() {
        programme = Api.createProgramme();
        lastYear = Api.createCohort(programme);
        thisYear = Api.createCohort(programme);
    }

    @Test
    void shouldCopyMentorsAndSkipEmailsTheCohortHas() {
        List<String> ids = List.of(mentor(lastYear, "mette@example.dk", 2), mentor(lastYear, "jens@example.dk", 1),
                mentor(lastYear, "sofie@example.dk", 3));
        mentor(thisYear, "JENS@example.dk", 1);

        copy("{\"fromCohortId\": \"%s\"}".formatted(lastYear)).statusCode(200)
                .body("copied.fromId", equalTo(List.of(ids.get(0), ids.get(2))))
                .body("skipped.mentorId", equalTo(List.of(ids.get(1))))
                .body("skipped[0].reason", equalTo("a mentor of this cohort has the same e-mail"));

        given().queryParam("q", "mette").when().get(cohortPath(thisYear) + "/mentors").then()
                .body("total", equalTo(1)).body("items[0].capacity", equalTo(2)).body("items[0].version", equalTo(0));
        copy("{\"fromCohortId\": \"%s\", \"mentorIds\": [\"%s\"]}".formatted(lastYear, ids.get(0))).statusCode(200)
                .body("copied", hasSize(0)).body("skipped", hasSize(1));
    }

    @Test
    @RequestsOutsideTheContract // the body without fromCohortId
    void shouldRefuseACohortOfAnotherProgramme() {
        String elsewhere = Api.createCohort(Api.createProgramme());
        Api.problem(copy("{\"fromCohortId\": \"%s\"}".formatted(elsewhere)), 404);
        Api.problem(copy("{}"), 400);
    }

    private ValidatableResponse copy(String body) {
        return given().contentType(ContentType.JSON).body(body).when().post(cohortPath(thisYear) + "/mentors/copy").then();
    }

    private String mentor(String cohort, String email, int capacity) {
        return given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"M\", \"email\": \"%s\", \"field\": \"2511\", \"languages\": [\"da\"], \"capacity\": %d}"
                        .formatted(email, capacity))
                .when().post(cohortPath(cohort) + "/mentors").then().statusCode(201).extract().path("id");
    }

    private String cohortPath(String cohort) {
        return "/programmes/%s/cohorts/%s".formatted(programme, cohort);
    }
}
