package org.mentormatch.cohort;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

@QuarkusTest
class CohortResourceTest {

    private String programmeId;

    @BeforeEach
    void createProgramme() {
        programmeId = Api.createProgramme();
    }

    @Test
    void shouldCreateAnOpenCohort() {
        String location = given().contentType(ContentType.JSON)
                .body("{\"name\": \"2025/26\", \"startsOn\": \"2025-09-01\", \"endsOn\": \"2026-08-31\"}")
                .when().post("/programmes/{p}/cohorts", programmeId)
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("status", equalTo("OPEN"))
                .body("programmeId", equalTo(programmeId))
                .extract().header("Location");
        given().when().get(location).then().statusCode(200)
                .body("startsOn", equalTo("2025-09-01"))
                .body("endsOn", equalTo("2026-08-31"));
    }

    @Test
    void shouldListCohortsNewestFirst() {
        for (String year : new String[] {"2023", "2025", "2024"}) {
            given().contentType(ContentType.JSON)
                    .body("{\"name\": \"%s\", \"startsOn\": \"%s-09-01\", \"endsOn\": \"%d-08-31\"}"
                            .formatted(year, year, Integer.parseInt(year) + 1))
                    .when().post("/programmes/{p}/cohorts", programmeId).then().statusCode(201);
        }
        given().when().get("/programmes/{p}/cohorts", programmeId)
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("items.name", contains("2025", "2024", "2023"));
    }

    @Test
    void shouldRejectACohortThatEndsBeforeItStarts() {
        problem(given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"startsOn\": \"2025-09-01\", \"endsOn\": \"2025-09-01\"}")
                .when().post("/programmes/{p}/cohorts", programmeId)
                .then(), 400)
                .body("violations.field", hasItem("endsOn"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectMissingAndMalformedDates() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"endsOn\": \"2026-08-31\"}")
                .when().post("/programmes/{p}/cohorts", programmeId)
                .then(), 400)
                .body("violations.field", hasItem("startsOn"));
        problem(given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"startsOn\": \"1st of May\", \"endsOn\": \"2026-08-31\"}")
                .when().post("/programmes/{p}/cohorts", programmeId)
                .then(), 400)
                .body("field", equalTo("startsOn"));
        // A year PostgreSQL cannot store is named, not a 500 from the database.
        problem(given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"startsOn\": \"2025-09-01\", \"endsOn\": \"+5881580-07-12\"}")
                .when().post("/programmes/{p}/cohorts", programmeId)
                .then(), 400)
                .body("violations.field", hasItem("endsOn"));
    }

    @Test
    void shouldPatchTheEndDateAndRefuseAStaleChange() {
        String cohortId = Api.createCohort(programmeId);
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"endsOn\": \"2026-09-30\"}")
                .when().patch("/programmes/{p}/cohorts/{c}", programmeId, cohortId)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("endsOn", equalTo("2026-09-30"))
                .body("name", equalTo("2025/26"));
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"x\", \"startsOn\": \"2025-09-01\", \"endsOn\": \"2026-08-31\"}")
                .when().put("/programmes/{p}/cohorts/{c}", programmeId, cohortId)
                .then(), 412);
    }

    @Test
    void shouldAnswer404ForAnUnknownProgrammeOrCohort() {
        problem(given().when().get("/programmes/{p}/cohorts", UUID.randomUUID()).then(), 404)
                .body("resource", equalTo("Programme"));
        problem(given().when().get("/programmes/{p}/cohorts/{c}", programmeId, UUID.randomUUID()).then(), 404)
                .body("resource", equalTo("Cohort"));
        problem(given().contentType(ContentType.JSON)
                .body("{\"name\": \"x\", \"startsOn\": \"2025-09-01\", \"endsOn\": \"2026-08-31\"}")
                .when().post("/programmes/{p}/cohorts", UUID.randomUUID())
                .then(), 404);
    }

    @Test
    void shouldHideACohortBehindAnotherProgrammesPath() {
        String cohortId = Api.createCohort(programmeId);
        String otherProgramme = Api.createProgramme();
        problem(given().when().get("/programmes/{p}/cohorts/{c}", otherProgramme, cohortId).then(), 404);
        problem(given().when().delete("/programmes/{p}/cohorts/{c}", otherProgramme, cohortId).then(), 404);
        given().when().get("/programmes/{p}/cohorts/{c}", programmeId, cohortId).then().statusCode(200)
                .body("id", notNullValue());
    }

    @Test
    void shouldDeleteAnEmptyCohort() {
        String cohortId = Api.createCohort(programmeId);
        given().when().delete("/programmes/{p}/cohorts/{c}", programmeId, cohortId).then().statusCode(204);
        problem(given().when().get("/programmes/{p}/cohorts/{c}", programmeId, cohortId).then(), 404);
    }

    @Test
    void shouldRefuseToDeleteACohortWithProfilesUnlessCascading() {
        String cohortId = Api.createCohort(programmeId);
        String mentorId = new TestCohort(programmeId, cohortId).mentor();
        problem(given().when().delete("/programmes/{p}/cohorts/{c}", programmeId, cohortId).then(), 409)
                .body("detail", containsString("1 profiles"));
        given().when().get("/programmes/{p}/cohorts/{c}/mentors/{m}", programmeId, cohortId, mentorId)
                .then().statusCode(200);

        given().queryParam("cascade", true)
                .when().delete("/programmes/{p}/cohorts/{c}", programmeId, cohortId).then().statusCode(204);
        problem(given().when().get("/programmes/{p}/cohorts/{c}", programmeId, cohortId).then(), 404);
    }
}
