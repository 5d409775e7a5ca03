package org.mentormatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
@RequestsOutsideTheContract
class WrongJsonTypeTest {

    @Test
    void shouldNameAFieldOfTheWrongType() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": [\"x\"]}").when().post("/programmes").then(), 400)
                .body("field", equalTo("name"))
                .body("detail", equalTo("name must be a string"));
    }

    @Test
    void shouldNameAListElementOfTheWrongType() {
        String programmeId = Api.createProgramme();
        String cohortId = Api.createCohort(programmeId);
        problem(given().contentType(ContentType.JSON)
                .body("{\"displayName\": \"Ana\", \"email\": \"ana@example.org\", \"field\": \"2512\", \"languages\": [[]]}")
                .when().post("/programmes/{p}/cohorts/{c}/mentees", programmeId, cohortId).then(), 400)
                .body("field", equalTo("languages[0]"));
    }

    @Test
    void shouldRefuseABodyThatIsNoObject() {
        for (String body : new String[] {"[]", "\"text\"", "42", "true", "["}) {
            problem(given().contentType(ContentType.JSON).body(body).when().post("/programmes").then(), 400)
                    .body("field", equalTo(""))
                    .body("detail", equalTo("The body must be an object"));
        }
    }

    @Test
    void shouldNameAFieldAMergePatchGivesTheWrongType() {
        String id = Api.createProgramme();
        problem(given().contentType(MergePatch.MEDIA_TYPE).body("{\"description\": {\"a\": 1}}")
                .when().patch("/programmes/{id}", id).then(), 400)
                .body("field", equalTo("description"))
                .body("detail", containsString("string"));
    }
}
