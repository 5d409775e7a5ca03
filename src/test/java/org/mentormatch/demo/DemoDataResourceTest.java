package org.mentormatch.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class DemoDataResourceTest {

    private String programmeId;
    private String cohortId;

    @BeforeEach
    void createCohort() {
        programmeId = Api.createProgramme();
        cohortId = Api.createCohort(programmeId);
    }

    @Test
    void shouldFillAFreshCohortWithTheDemoCohort() {
        load("{\"mentees\": 65, \"mentors\": 60, \"seed\": 1}")
                .statusCode(201)
                .body("mentorsCreated", equalTo(60))
                .body("menteesCreated", equalTo(65));

        given().when().get("/programmes/{p}/cohorts/{c}/mentees", programmeId, cohortId)
                .then().statusCode(200).body("total", equalTo(65));
        given().when().get("/programmes/{p}/cohorts/{c}/mentors", programmeId, cohortId)
                .then().statusCode(200).body("total", equalTo(60))
                .body("items[0].email", equalTo("mentor-1@demo.mentor-match.org"));
    }

    @Test
    void shouldUseTheDefaultSizesForAnEmptyRequest() {
        load("{}").statusCode(201)
                .body("mentorsCreated", equalTo(60))
                .body("menteesCreated", equalTo(65));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectSizesOutOfRangeByName() {
        problem(load("{\"mentees\": 0}"), 400).body("violations.field", hasItem("mentees"));
        problem(load("{\"mentees\": 10001}"), 400).body("violations.field", hasItem("mentees"));
        problem(load("{\"mentors\": 10001}"), 400).body("violations.field", hasItem("mentors"));
        given().when().get("/programmes/{p}/cohorts/{c}/mentees", programmeId, cohortId)
                .then().body("total", equalTo(0));
    }

    @Test
    void shouldRefuseASecondLoadIntoTheSameCohortAndAddNothing() {
        load("{\"mentees\": 3, \"mentors\": 2}").statusCode(201);

        problem(load("{\"mentees\": 5, \"mentors\": 5, \"seed\": 2}"), 409)
                .body("type", equalTo("https://mentor-match.org/problems/demo-data-loaded"));
        given().when().get("/programmes/{p}/cohorts/{c}/mentees", programmeId, cohortId)
                .then().body("total", equalTo(3));
    }

    @Test
    void shouldAnswer404ForAnUnknownCohort() {
        problem(given().contentType(ContentType.JSON).body("{}")
                .when().post("/programmes/{p}/cohorts/{c}/demo-data", programmeId, UUID.randomUUID())
                .then(), 404);
    }

    private ValidatableResponse load(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post("/programmes/{p}/cohorts/{c}/demo-data", programmeId, cohortId)
                .then();
    }
}
