package org.mentormatch.api.idempotency;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.TestCohort;

/** A create sent twice with one Idempotency-Key creates once and answers the same twice. */
@QuarkusTest
class IdempotencyKeyTest {

    @Test
    void shouldAnswerARepeatedCreateWithTheFirstAnswerAndCreateOnce() {
        String key = UUID.randomUUID().toString();
        String name = "Programme " + key;
        ExtractableResponse<Response> first = createProgramme(key, name).then().statusCode(201).extract();
        ExtractableResponse<Response> second = createProgramme(key, name).then().statusCode(201).extract();

        assertThat(second.header("Location")).isEqualTo(first.header("Location"));
        assertThat(second.jsonPath().getString("id")).isEqualTo(first.jsonPath().getString("id"));
        assertThat(second.jsonPath().getString("name")).isEqualTo(name);
        List<String> named = given().queryParam("limit", 100).when().get("/programmes").then().statusCode(200)
                .extract().jsonPath().getList("items.findAll { it.name == '%s' }.id".formatted(name));
        assertThat(named).containsExactly(first.jsonPath().getString("id"));
    }

    @Test
    void shouldRefuseTheSameKeyWithAnotherBody() {
        String key = UUID.randomUUID().toString();
        createProgramme(key, "First " + key).then().statusCode(201);

        createProgramme(key, "Second " + key).then().statusCode(422)
                .contentType("application/problem+json")
                .body("type", equalTo("https://mentor-match.org/problems/idempotency-key-reused"));
    }

    @Test
    void shouldQueueOneRunForARepeatedStart() {
        String programmeId = Api.createProgramme();
        String cohort = "/programmes/%s/cohorts/%s".formatted(programmeId, Api.createCohort(programmeId));
        given().contentType(ContentType.JSON).body("{\"mentees\": 5, \"mentors\": 5}")
                .when().post(cohort + "/demo-data").then().statusCode(201);
        String key = UUID.randomUUID().toString();
        String body = "{\"timeLimitSeconds\": 60, \"stepLimit\": 10000000}";

        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(cohort + "/match-runs").then().statusCode(202).extract().path("id");
        // Without the key this would be 409: the cohort's run is active.
        String second = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(cohort + "/match-runs").then().statusCode(202).extract().path("id");

        assertThat(second).isEqualTo(first);
        assertThat(given().when().get(cohort + "/match-runs").then().statusCode(200).extract().jsonPath()
                .getList("items.id")).containsExactly(first);
        given().when().delete(cohort + "/match-runs/" + first).then().statusCode(200);
    }

    @Test
    void shouldRejectAMalformedKeyNamingTheHeader() {
        createProgramme("has a space", "Spaced").then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations[0].field", equalTo("Idempotency-Key"));
    }

    @Test
    void shouldNotReplayAProfileThatWasErased() {
        TestCohort cohort = TestCohort.create();
        String key = UUID.randomUUID().toString();
        String email = TestCohort.uniqueEmail("example.org");
        String body = "{\"displayName\": \"Li Wei\", \"email\": \"%s\", \"field\": \"2512\", \"languages\": [\"en\"]}"
                .formatted(email);
        String first = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(cohort.path() + "/mentees").then().statusCode(201).extract().path("id");
        given().contentType(ContentType.JSON).body("{\"email\": \"%s\", \"reason\": \"Asked\"}".formatted(email))
                .when().post("/programmes/%s/personal-data/erasure".formatted(cohort.programmeId())).then().statusCode(200);

        // The kept answer named her, so the erasure forgot it: the retry is a new request and creates anew.
        Response retry = given().header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post(cohort.path() + "/mentees");

        assertThat(retry.statusCode()).isEqualTo(201);
        assertThat(retry.jsonPath().getString("id")).isNotEqualTo(first);
    }

    private static Response createProgramme(String key, String name) {
        return given().header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body("{\"name\": \"%s\"}".formatted(name)).when().post("/programmes");
    }
}
