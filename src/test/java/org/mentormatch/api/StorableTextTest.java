package org.mentormatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.TestCohort;

/** PostgreSQL text cannot hold NUL, and would store half a surrogate pair as '?': both are refused as sent. */
@QuarkusTest
class StorableTextTest {

    @Test
    void shouldRefuseANulCharacterInABodyByField() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"a\\u0000b\"}").when().post("/programmes").then(), 400)
                .body("field", equalTo("name"))
                .body("detail", equalTo(StorableText.MESSAGE));
    }

    @Test
    void shouldRefuseANulCharacterInAListAndInAMergePatch() {
        String programmeId = Api.createProgramme();
        String cohortId = Api.createCohort(programmeId);
        problem(given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"Ana\", \"email\": \"ana@example.org\", \"field\": \"2512\", \"languages\": [\"pt\"],"
                        + " \"skills\": [\"Java\", \"\\u0000\"]}")
                .when().post("/programmes/{p}/cohorts/{c}/mentees", programmeId, cohortId).then(), 400)
                .body("field", equalTo("skills[1]"));
        problem(given().contentType(MergePatch.MEDIA_TYPE).body("{\"description\": \"\\u0000\"}")
                .when().patch("/programmes/{id}", programmeId).then(), 400)
                .body("field", equalTo("description"));
    }

    @Test
    void shouldRefuseHalfASurrogatePair() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"a\\ud800b\"}").when().post("/programmes").then(), 400)
                .body("field", equalTo("name"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Ana \\ud83d\\ude00\"}").when().post("/programmes")
                .then().statusCode(201).body("name", equalTo("Ana \uD83D\uDE00"));
    }

    @Test
    void shouldRefuseANulCharacterInASearch() {
        problem(given().urlEncodingEnabled(false).when().get("/programmes?q=a%00").then(), 400)
                .body("violations.field", hasItem("q"))
                .body("violations.in", hasItem("query"));
        String programmeId = Api.createProgramme();
        String cohort = TestCohort.in(programmeId).path();
        problem(given().urlEncodingEnabled(false).when().get(cohort + "/mentors?q=%00").then(), 400)
                .body("violations.field", hasItem("q"));
        problem(given().urlEncodingEnabled(false).when().get(cohort + "/mentees?q=%00").then(), 400)
                .body("violations.field", hasItem("q"));
    }
}
