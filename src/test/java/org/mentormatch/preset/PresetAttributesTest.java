package org.mentormatch.preset;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.ProgrammeAttributes;

/**
 * A programme created with a type is given the type's attributes once, stored like any list a coordinator sets;
 * its cohorts' preset policy compares them for as long as the programme holds them.
 */
@QuarkusTest
class PresetAttributesTest {

    @Test
    void shouldGiveACoachingProgrammeThePostingPhaseAndCompareIt() {
        String programme = Api.createProgrammeOfType("COACHING");

        given().when().get(ProgrammeAttributes.path(programme)).then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("attributes.key", contains("postingPhase"))
                .body("attributes[0].type", equalTo("MULTI_CHOICE"))
                .body("attributes[0].options", contains("BEFORE_DEPARTURE", "ABROAD", "RETURNED"))
                .body("attributes[0].appliesTo", equalTo("BOTH"));
        given().when().get(policy(programme, Api.createCohort(programme))).then().statusCode(200)
                .body("version", equalTo(0))
                .body("attributeCriteria.key", contains("postingPhase"))
                .body("attributeCriteria[0].compare", equalTo("OVERLAP"))
                .body("attributeCriteria[0].level", equalTo("MUST"))
                .body("onlineCountsAsLocal", equalTo(true));
    }

    @Test
    void shouldGiveAHostFamilyProgrammeChildrenDietAndAHomeCountryMix() {
        String programme = Api.createProgrammeOfType("HOST_FAMILY");

        given().when().get(ProgrammeAttributes.path(programme)).then()
                .body("attributes.key", contains("hasChildren", "diet"))
                .body("attributes.type", contains("BOOLEAN", "MULTI_CHOICE"));
        given().when().get(policy(programme, Api.createCohort(programme))).then()
                .body("attributeCriteria.key", contains("hasChildren", "diet"))
                .body("attributeCriteria.level", contains("MEDIUM", "MUST"))
                .body("mix.on", contains("homeCountry"))
                .body("mix[0].maxShare", equalTo(0.5f))
                .body("mix[0].level", equalTo("MUST"))
                .body("employerRule", equalTo("ANY"))
                .body("minimumFieldCloseness", equalTo(0));
    }

    @Test
    void shouldGiveOtherTypesNoAttributes() {
        for (String type : new String[] {"MENTORING", "WORKPLACE_MENTORING", "NETWORK_GROUP"}) {
            given().when().get(ProgrammeAttributes.path(Api.createProgrammeOfType(type))).then()
                    .header("ETag", equalTo("\"0\""))
                    .body("attributes", empty());
        }
    }

    @Test
    void shouldLeaveThePresetsCriterionOutOnceTheCoordinatorRemovesItsAttribute() {
        String programme = Api.createProgrammeOfType("COACHING");
        String cohort = Api.createCohort(programme);

        ProgrammeAttributes.put(programme, "{\"attributes\": []}").statusCode(200);

        given().when().get(policy(programme, cohort)).then().statusCode(200)
                .body("attributeCriteria", empty())
                .body("onlineCountsAsLocal", equalTo(true));
    }

    private static String policy(String programme, String cohort) {
        return "/programmes/%s/cohorts/%s/matching-policy".formatted(programme, cohort);
    }
}
