package org.mentormatch.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.ProgrammeAttributes;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/** The policy's criteria on programme attributes name an attribute of both sides with a comparison its type allows. */
@QuarkusTest
class PolicyAttributeCriteriaTest {

    private TestCohort cohort;

    @BeforeEach
    void coachingProgramme() {
        cohort = TestCohort.create();
        ProgrammeAttributes.coaching(cohort.programmeId());
    }

    @Test
    void shouldStoreCriteriaOnAttributesOfBothSides() {
        given().when().get(cohort.path() + "/matching-policy").then().body("attributeCriteria", empty());
        put("""
                {"attributeCriteria": [{"key": "postingPhase", "compare": "SAME", "level": "MUST"},
                  {"key": "diet", "compare": "OVERLAP", "level": "LOW"},
                  {"key": "yearsAbroad", "compare": "MENTOR_AT_LEAST", "level": "MEDIUM"}]}""").statusCode(200);
        given().when().get(cohort.path() + "/matching-policy").then().statusCode(200)
                .body("attributeCriteria.key", contains("postingPhase", "diet", "yearsAbroad"))
                .body("attributeCriteria[0].compare", equalTo("SAME"))
                .body("attributeCriteria[0].level", equalTo("MUST"));
    }

    @Test
    void shouldRefuseACriterionThatMeansNothingNamingTheField() {
        problem(put("""
                {"attributeCriteria": [{"key": "shoeSize", "compare": "SAME", "level": "HIGH"},
                  {"key": "diet", "compare": "SAME", "level": "HIGH"},
                  {"key": "hasChildren", "compare": "SAME", "level": "HIGH"},
                  {"key": "postingPhase", "compare": "MENTOR_AT_LEAST", "level": "HIGH"},
                  {"key": "yearsAbroad", "compare": "OVERLAP", "level": "HIGH"},
                  {"key": "diet", "compare": "OVERLAP", "level": "HIGH"}]}"""), 400)
                .body("violations.field", containsInAnyOrder("attributeCriteria[0].key", "attributeCriteria[1].compare",
                        "attributeCriteria[2].key", "attributeCriteria[3].compare", "attributeCriteria[4].compare",
                        "attributeCriteria[5].key"));
        given().when().get(cohort.path() + "/matching-policy").then().body("version", equalTo(0));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseMoreThanSixCriteria() {
        String one = "{\"key\": \"postingPhase\", \"compare\": \"SAME\", \"level\": \"LOW\"}";
        problem(put("{\"attributeCriteria\": [%s]}".formatted(String.join(", ", java.util.Collections.nCopies(7, one)))), 400)
                .body("violations.field", contains("attributeCriteria"));
    }

    private ValidatableResponse put(String body) {
        String etag = given().when().get(cohort.path() + "/matching-policy").then().extract().header("ETag");
        return given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put(cohort.path() + "/matching-policy").then();
    }
}
