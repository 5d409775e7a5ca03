package org.mentormatch.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.UUID;

/**
 * Creates the parents a test needs through the API itself, fresh for each test so tests share no data; a cohort
 * with people in it is a {@link TestCohort}.
 */
public final class Api {

    public static final String PROBLEM_JSON = "application/problem+json";

    private Api() {
    }

    public static String createProgramme() {
        return createProgramme("Programme " + UUID.randomUUID());
    }

    public static String createProgramme(String name) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"%s\"}".formatted(name))
                .when().post("/programmes")
                .then().statusCode(201)
                .extract().path("id");
    }

    /** A new programme of this type (a ProgrammeType name), so that its cohorts start from the type's preset. */
    public static String createProgrammeOfType(String type) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"%s %s\", \"type\": \"%s\"}".formatted(type, UUID.randomUUID(), type))
                .when().post("/programmes")
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String createCohort(String programmeId) {
        return given().contentType(ContentType.JSON)
                .body("{\"name\": \"2025/26\", \"startsOn\": \"2025-09-01\", \"endsOn\": \"2026-08-31\"}")
                .when().post("/programmes/{p}/cohorts", programmeId)
                .then().statusCode(201)
                .extract().path("id");
    }

    /** Asserts the RFC 9457 shape every error shares, and returns the response for the specific checks. */
    public static ValidatableResponse problem(ValidatableResponse response, int status) {
        return response.statusCode(status).contentType(PROBLEM_JSON)
                .body("status", org.hamcrest.Matchers.equalTo(status))
                .body("title", org.hamcrest.Matchers.notNullValue());
    }
}
