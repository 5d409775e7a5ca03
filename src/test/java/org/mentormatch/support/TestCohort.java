package org.mentormatch.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The one home of the fixture most tests start from: a programme with a cohort, and people in it, made through
 * the API for a single test so that no two tests share data.
 */
public record TestCohort(String programmeId, String cohortId) {

    /** A new programme with one cohort. */
    public static TestCohort create() {
        return in(Api.createProgramme());
    }

    /** A new programme of this name with one cohort. */
    public static TestCohort create(String programmeName) {
        return in(Api.createProgramme(programmeName));
    }

    /** A new programme of this type (a ProgrammeType name) with one cohort. */
    public static TestCohort ofType(String type) {
        return in(Api.createProgrammeOfType(type));
    }

    /** A new cohort in an existing programme. */
    public static TestCohort in(String programmeId) {
        return new TestCohort(programmeId, Api.createCohort(programmeId));
    }

    /** Another cohort of the same programme. */
    public TestCohort sibling() {
        return in(programmeId);
    }

    public String path() {
        return "/programmes/%s/cohorts/%s".formatted(programmeId, cohortId);
    }

    /** A mentor with only what a mentor needs, and an address no other test uses. */
    public String mentor() {
        return post("mentors", Map.of("displayName", "Mette", "email", uniqueEmail("example.dk"), "field", "2511",
                "languages", List.of("da")));
    }

    /** A mentee with only what a mentee needs, and an address no other test uses. */
    public String mentee() {
        return post("mentees", Map.of("displayName", "Ana", "email", uniqueEmail("example.org"), "field", "2512",
                "languages", List.of("pt")));
    }

    /** Creates a mentor or mentee ({@code kind} is the collection) from a body and returns its id. */
    public String post(String kind, Object body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().post(path() + "/" + kind)
                .then().statusCode(201)
                .extract().path("id");
    }

    public static String uniqueEmail(String domain) {
        return UUID.randomUUID() + "@" + domain;
    }
}
