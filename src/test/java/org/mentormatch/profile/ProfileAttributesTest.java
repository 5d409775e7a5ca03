package org.mentormatch.profile;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.ProgrammeAttributes;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/** Profiles hold values of their programme's attributes, checked against its list. */
@QuarkusTest
class ProfileAttributesTest {

    private TestCohort cohort;

    @BeforeEach
    void coachingProgramme() {
        cohort = TestCohort.create();
        ProgrammeAttributes.coaching(cohort.programmeId());
    }

    @Test
    void shouldKeepShowAndExportTheValuesOfTheProgrammesAttributes() {
        String mentee = cohort.post("mentees", mentee(Map.of("postingPhase", "ABROAD", "diet", List.of("halal"),
                "yearsAbroad", 2)));
        String path = cohort.path() + "/mentees/" + mentee;
        given().when().get(path).then().statusCode(200)
                .body("attributes.postingPhase", equalTo("ABROAD"))
                .body("attributes.diet", contains("halal"))
                .body("attributes.yearsAbroad", equalTo(2));

        // A merge patch changes one value and removes another with null.
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"attributes\": {\"postingPhase\": \"RETURNED\", \"diet\": null}}")
                .when().patch(path).then().statusCode(200)
                .body("attributes.postingPhase", equalTo("RETURNED"))
                .body("attributes.yearsAbroad", equalTo(2))
                .body("attributes.diet", equalTo(null));

        String csv = given().accept("text/csv").when().get(cohort.path() + "/mentees").then().statusCode(200)
                .extract().asString();
        assertThat(csv).contains(",availabilityNote,attributes").contains("\"{\"\"postingPhase\"\":\"\"RETURNED\"\",\"\"yearsAbroad\"\":2}\"");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseValuesTheProgrammeDoesNotDefineNamingEachAttribute() {
        Map<String, Object> wrong = new HashMap<>();
        wrong.put("postingPhase", "ON_THE_MOON"); // not an option
        wrong.put("diet", "halal"); // one option, not a list
        wrong.put("yearsAbroad", "two"); // not a number
        wrong.put("hasChildren", true); // mentors only
        wrong.put("shoeSize", 42); // not an attribute
        problem(given().contentType(ContentType.JSON).body(mentee(wrong)).when().post(cohort.path() + "/mentees").then(), 400)
                .body("violations.field", hasItems("attributes.postingPhase", "attributes.diet", "attributes.yearsAbroad",
                        "attributes.hasChildren", "attributes.shoeSize"));
        problem(given().contentType(ContentType.JSON).body(mentee(Map.of("diet", List.of("halal", "halal"))))
                .when().post(cohort.path() + "/mentees").then(), 400)
                .body("violations.field", contains("attributes.diet"));

        String mentor = cohort.post("mentors", Map.of("displayName", "Mette", "email", TestCohort.uniqueEmail("example.dk"),
                "field", "2511", "languages", List.of("da"), "attributes", Map.of("hasChildren", false)));
        problem(given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"attributes\": {\"hasChildren\": \"yes\"}}")
                .when().patch(cohort.path() + "/mentors/" + mentor).then(), 400)
                .body("violations.field", contains("attributes.hasChildren"));
    }

    private static Map<String, Object> mentee(Map<String, Object> attributes) {
        return Map.of("displayName", "Ana", "email", TestCohort.uniqueEmail("example.org"), "field", "2512",
                "languages", List.of("pt"), "attributes", attributes);
    }
}
