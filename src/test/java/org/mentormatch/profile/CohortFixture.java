package org.mentormatch.profile;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** A programme with one cohort, made through the API for a single test so that no two tests share data. */
record CohortFixture(String programmeId, String cohortId) {

    static CohortFixture create() {
        String programmeId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Programme for a profile test"))
                .when().post("/programmes")
                .then().statusCode(201)
                .extract().path("id");
        return inProgramme(programmeId);
    }

    /** Another cohort of the same programme. */
    CohortFixture sibling() {
        return inProgramme(programmeId);
    }

    String path() {
        return "/programmes/%s/cohorts/%s".formatted(programmeId, cohortId);
    }

    private static CohortFixture inProgramme(String programmeId) {
        String cohortId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "2025/26", "startsOn", "2025-09-01", "endsOn", "2026-08-31"))
                .when().post("/programmes/{programmeId}/cohorts", programmeId)
                .then().statusCode(201)
                .extract().path("id");
        return new CohortFixture(programmeId, cohortId);
    }
}
