package org.mentormatch.attribute;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anEmptyMap;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.ProgrammeAttributes;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

@QuarkusTest
class AttributeResourceTest {

    private static final String PHASE_ONLY = """
            {"attributes": [{"key": "postingPhase", "label": "Posting phase", "type": "CHOICE",
              "options": ["BEFORE_DEPARTURE", "ABROAD", "RETURNED"]}]}""";

    @Test
    void shouldAnswerNoneUntilSetThenGuardTheListWithItsETag() {
        String programmeId = Api.createProgramme();
        String path = ProgrammeAttributes.path(programmeId);
        given().when().get(path).then().statusCode(200).header("ETag", "\"0\"").body("attributes", empty());

        problem(given().contentType(ContentType.JSON).body(PHASE_ONLY).when().put(path).then(), 428);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(PHASE_ONLY).when().put(path)
                .then().statusCode(200).header("ETag", "\"1\"")
                .body("attributes[0].key", equalTo("postingPhase"))
                .body("attributes[0].appliesTo", equalTo("BOTH"))
                .body("attributes[0].options", contains("BEFORE_DEPARTURE", "ABROAD", "RETURNED"));
        given().when().get(path).then().body("version", equalTo(1)).body("attributes[0].label", equalTo("Posting phase"));
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body(PHASE_ONLY).when().put(path)
                .then(), 412);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseABadListNamingEachField() {
        String programmeId = Api.createProgramme();
        problem(ProgrammeAttributes.put(programmeId, """
                {"attributes": [
                  {"key": "Posting phase", "label": "Posting phase", "type": "CHOICE", "options": ["A"]},
                  {"key": "diet", "label": "", "type": "MULTI_CHOICE", "options": ["halal;kosher"]}]}"""), 400)
                .body("violations.field", hasItems("attributes[0].key", "attributes[1].label", "attributes[1].options[0]"));
        problem(ProgrammeAttributes.put(programmeId, """
                {"attributes": [
                  {"key": "phase", "label": "Phase", "type": "CHOICE"},
                  {"key": "phase", "label": "Phase again", "type": "NUMBER", "options": ["1"]},
                  {"key": "diet", "label": "Diet", "type": "MULTI_CHOICE", "options": ["halal", "halal"]}]}"""), 400)
                .body("violations.field", hasItems("attributes[0].options", "attributes[1].key",
                        "attributes[1].options", "attributes[2].options[1]"));
        given().when().get(ProgrammeAttributes.path(programmeId)).then().body("attributes", empty());
    }

    @Test
    void shouldRefuseRemovingOrRetypingAnAttributeAPolicyCompares() {
        TestCohort cohort = TestCohort.create();
        ProgrammeAttributes.put(cohort.programmeId(), PHASE_ONLY).statusCode(200);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"attributeCriteria\": [{\"key\": \"postingPhase\", \"compare\": \"SAME\", \"level\": \"MUST\"}]}")
                .when().put(cohort.path() + "/matching-policy").then().statusCode(200);

        problem(ProgrammeAttributes.put(cohort.programmeId(), "{\"attributes\": []}"), 409)
                .body("type", containsString("attribute-in-use"))
                .body("attribute", equalTo("postingPhase"))
                .body("detail", containsString("postingPhase"));
        problem(ProgrammeAttributes.put(cohort.programmeId(), PHASE_ONLY.replace("\"CHOICE\"", "\"MULTI_CHOICE\"")), 409)
                .body("attribute", equalTo("postingPhase"));
        problem(ProgrammeAttributes.put(cohort.programmeId(),
                PHASE_ONLY.replace("\"type\"", "\"appliesTo\": \"MENTEE\", \"type\"")), 409);
        // A new label or another option leaves the comparison meaning what it meant.
        ProgrammeAttributes.put(cohort.programmeId(), PHASE_ONLY.replace("Posting phase", "Phase of the posting")
                .replace("\"RETURNED\"", "\"RETURNED\", \"SECOND_POSTING\"")).statusCode(200);
    }

    @Test
    void shouldRemoveFromProfilesTheValuesTheListNoLongerAllows() {
        TestCohort cohort = TestCohort.create();
        ProgrammeAttributes.coaching(cohort.programmeId());
        String mentor = cohort.post("mentors", Map.of("displayName", "Mette", "email", TestCohort.uniqueEmail("example.dk"),
                "field", "2511", "languages", List.of("da"), "attributes",
                Map.of("postingPhase", "ABROAD", "diet", List.of("halal", "kosher"), "hasChildren", true)));
        String path = cohort.path() + "/mentors/" + mentor;
        given().when().get(path).then().body("version", equalTo(0));

        // Diet loses kosher, children go, the posting phase stays.
        ProgrammeAttributes.put(cohort.programmeId(), """
                {"attributes": [
                  {"key": "postingPhase", "label": "Posting phase", "type": "CHOICE",
                   "options": ["BEFORE_DEPARTURE", "ABROAD", "RETURNED"]},
                  {"key": "diet", "label": "Diet", "type": "MULTI_CHOICE", "options": ["vegetarian", "halal"]}]}""")
                .statusCode(200);
        given().when().get(path).then().statusCode(200)
                .body("attributes.postingPhase", equalTo("ABROAD"))
                .body("attributes.diet", contains("halal"))
                .body("attributes", not(org.hamcrest.Matchers.hasKey("hasChildren")))
                .body("version", equalTo(1));

        ProgrammeAttributes.put(cohort.programmeId(), "{\"attributes\": []}").statusCode(200);
        given().when().get(path).then().body("attributes", anEmptyMap());
    }
}
