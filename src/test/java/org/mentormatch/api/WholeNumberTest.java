package org.mentormatch.api;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/** A whole-number field takes neither a fraction (once stored cut off) nor a number beyond its range. */
@QuarkusTest
@RequestsOutsideTheContract
class WholeNumberTest {

    private static final String MENTOR = """
            {"displayName": "Mette", "email": "mette@example.org", "field": "2511", "languages": ["da"], "capacity": %s}""";

    private String cohort;

    @BeforeEach
    void createCohort() {
        String programmeId = Api.createProgramme();
        cohort = TestCohort.in(programmeId).path();
    }

    @Test
    void shouldRefuseAFractionByField() {
        for (String capacity : new String[] {"2.7", "2.0", "1e2"}) {
            problem(given().contentType(ContentType.JSON).body(MENTOR.formatted(capacity))
                    .when().post(cohort + "/mentors").then(), 400)
                    .body("field", equalTo("capacity"));
        }
        given().contentType(ContentType.JSON).body(MENTOR.formatted("2")).when().post(cohort + "/mentors")
                .then().statusCode(201).body("capacity", equalTo(2));
    }

    @Test
    void shouldNameANumberBeyondTheFieldsRange() {
        problem(given().contentType(ContentType.JSON).body(MENTOR.formatted("2147483648"))
                .when().post(cohort + "/mentors").then(), 400)
                .body("field", equalTo("capacity"))
                .body("detail", containsString("out of range"));
        problem(given().contentType(ContentType.JSON).body("{\"seed\": 9223372036854775808}")
                .when().post(cohort + "/match-runs").then(), 400)
                .body("field", equalTo("seed"));
    }
}
