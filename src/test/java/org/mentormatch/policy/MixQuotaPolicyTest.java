package org.mentormatch.policy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.ProgrammeAttributes;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/** A policy's mix quotas: stored as given, refused naming the quota's field when the engine cannot apply them. */
@QuarkusTest
class MixQuotaPolicyTest {

    private TestCohort cohort;

    @BeforeEach
    void createCohort() {
        cohort = TestCohort.create();
    }

    @Test
    void shouldStoreMixQuotasAndReadThemBack() {
        get().body("mix", empty());

        put("""
                {"mix": [{"on": "homeCountry", "maxShare": 0.34, "level": "MUST"},
                         {"on": "field", "maxShare": 0.5, "level": "LOW"}]}""").statusCode(200);

        get().body("mix.on", contains("homeCountry", "field"))
                .body("mix.maxShare", contains(0.34f, 0.5f))
                .body("mix.level", contains("MUST", "LOW"));
        put("{\"mix\": []}").statusCode(200);
        get().body("mix", empty());
    }

    @Test
    void shouldRejectAMixOnAKeyTheEngineCannotRead() {
        problem(put("""
                {"mix": [{"on": "field", "maxShare": 0.5, "level": "MUST"},
                         {"on": "favouriteColour", "maxShare": 0.5, "level": "MUST"}]}"""), 400)
                .body("violations.field", contains("mix[1].on"));
        get().body("mix", empty());
    }

    @Test
    void shouldTakeAQuotaOnAnAttributeMenteesHoldWithOneValue() {
        ProgrammeAttributes.coaching(cohort.programmeId());

        put("{\"mix\": [{\"on\": \"postingPhase\", \"maxShare\": 0.5, \"level\": \"MUST\"}]}").statusCode(200);
        get().body("mix.on", contains("postingPhase"));
        // The programme can no longer drop the attribute the quota counts.
        problem(ProgrammeAttributes.put(cohort.programmeId(), "{\"attributes\": []}"), 409)
                .body("attribute", equalTo("postingPhase"));
    }

    @Test
    void shouldRejectAQuotaOnAMultiChoiceOrAMentorOnlyAttribute() {
        ProgrammeAttributes.coaching(cohort.programmeId());

        problem(put("""
                {"mix": [{"on": "diet", "maxShare": 0.5, "level": "MUST"},
                         {"on": "hasChildren", "maxShare": 0.5, "level": "MUST"}]}"""), 400)
                .body("violations.field", contains("mix[0].on", "mix[1].on"));
    }

    @Test
    void shouldRejectTwoQuotasOnOneKey() {
        problem(put("""
                {"mix": [{"on": "homeCountry", "maxShare": 0.5, "level": "MUST"},
                         {"on": "homeCountry", "maxShare": 0.3, "level": "LOW"}]}"""), 400)
                .body("violations.field", contains("mix[1].on"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAMaxShareOutside0To1() {
        problem(put("{\"mix\": [{\"on\": \"homeCountry\", \"maxShare\": 1.5, \"level\": \"MUST\"}]}"), 400)
                .body("violations.field", hasItem("mix[0].maxShare"));
        problem(put("{\"mix\": [{\"on\": \"homeCountry\", \"maxShare\": -0.1, \"level\": \"MUST\"}]}"), 400)
                .body("violations.field", hasItem("mix[0].maxShare"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAQuotaWithoutALevel() {
        problem(put("{\"mix\": [{\"on\": \"homeCountry\", \"maxShare\": 0.5}]}"), 400)
                .body("violations.field", hasItem("mix[0].level"));
        get().header("ETag", equalTo("\"0\""));
    }

    private ValidatableResponse get() {
        return given().when().get(cohort.path() + "/matching-policy").then().statusCode(200);
    }

    private ValidatableResponse put(String body) {
        return given().contentType(ContentType.JSON).body(body)
                .when().put(cohort.path() + "/matching-policy").then();
    }
}
