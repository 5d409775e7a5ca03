package org.mentormatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Method;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/** Who may do what, through HTTP with real signed tokens. */
@QuarkusTest
class AccessTest {

    private String programmeA;
    private String programmeB;
    private String cohortB;
    private String mentorB;
    private String menteeB;

    @BeforeEach
    void twoProgrammes() {
        programmeA = Api.createProgramme("Copenhagen " + UUID.randomUUID());
        Api.createCohort(programmeA);
        programmeB = Api.createProgramme("Aarhus " + UUID.randomUUID());
        cohortB = Api.createCohort(programmeB);
        mentorB = new TestCohort(programmeB, cohortB).mentor();
        menteeB = new TestCohort(programmeB, cohortB).mentee();
    }

    @Test
    void shouldAnswer401ProblemWithoutAToken() {
        Api.problem(given().auth().none().when().get("/programmes").then(), 401);
        Api.problem(given().auth().none().when().get("/programmes/{p}/cohorts", programmeA).then(), 401);
        Api.problem(given().auth().none().contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .when().post("/programmes").then(), 401);
    }

    @Test
    void shouldAnswer401ToATokenWithABadSignatureAnExpiredOneOrGarbage() {
        Api.problem(given().auth().oauth2(TestTokens.signedByStranger()).when().get("/programmes").then(), 401);
        Api.problem(given().auth().oauth2(TestTokens.expired("anna", Roles.ADMIN)).when().get("/programmes").then(), 401);
        Api.problem(given().auth().oauth2("not.a.token").when().get("/programmes").then(), 401);
        String valid = TestTokens.admin();
        String tampered = valid.substring(0, valid.lastIndexOf('.')) + ".AAAA" + valid.substring(valid.lastIndexOf('.') + 5);
        Api.problem(given().auth().oauth2(tampered).when().get("/programmes").then(), 401);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldLeaveHealthAndTheContractOpen() {
        given().auth().none().when().get("/q/health/ready").then().statusCode(200);
        given().auth().none().when().get("/q/openapi").then().statusCode(200);
    }

    @Test
    void shouldLetOnlyAnAdminCreateOrDeleteProgrammes() {
        given().contentType(ContentType.JSON).body("{\"name\": \"New programme\"}")
                .when().post("/programmes").then().statusCode(201);
        Api.problem(given().auth().oauth2(TestTokens.coordinator("anna", programmeA)).contentType(ContentType.JSON)
                .body("{\"name\": \"Mine\"}").when().post("/programmes").then(), 403);
        Api.problem(given().auth().oauth2(TestTokens.coordinator("anna", programmeA))
                .when().delete("/programmes/{p}", programmeA).then(), 403);
    }

    @Test
    void shouldLetAViewerReadButNotWrite() {
        String viewer = TestTokens.viewer("vera", programmeB);
        given().auth().oauth2(viewer).when().get("/programmes/{p}/cohorts/{c}/mentees", programmeB, cohortB)
                .then().statusCode(200).body("total", equalTo(1));
        Api.problem(given().auth().oauth2(viewer).contentType(ContentType.JSON)
                .body("{\"name\": \"2026/27\", \"startsOn\": \"2026-09-01\", \"endsOn\": \"2027-08-31\"}")
                .when().post("/programmes/{p}/cohorts", programmeB).then(), 403);
        Api.problem(given().auth().oauth2(viewer).when().delete("/programmes/{p}/cohorts/{c}/mentees/{m}", programmeB, cohortB, menteeB)
                .then(), 403);
        given().when().get("/programmes/{p}/cohorts/{c}/mentees/{m}", programmeB, cohortB, menteeB).then().statusCode(200);
    }

    @Test
    void shouldLetACoordinatorWorkInTheirProgramme() {
        String coordinator = TestTokens.coordinator("bo", programmeB);
        given().auth().oauth2(coordinator).contentType(ContentType.JSON)
                .body("{\"name\": \"2026/27\", \"startsOn\": \"2026-09-01\", \"endsOn\": \"2027-08-31\"}")
                .when().post("/programmes/{p}/cohorts", programmeB).then().statusCode(201);
    }

    @Test
    void shouldListOnlyTheCallersProgrammes() {
        List<String> seen = given().auth().oauth2(TestTokens.coordinator("anna", programmeA))
                .queryParam("limit", 100).when().get("/programmes")
                .then().statusCode(200).extract().path("items.id");
        assertThat(seen).containsExactly(programmeA);
        given().auth().oauth2(TestTokens.coordinator("nobody"))
                .when().get("/programmes").then().statusCode(200).body("total", equalTo(0));
        given().queryParam("limit", 100).when().get("/programmes").then().statusCode(200)
                .body("items.id", hasItem(programmeB));
    }

    /** Every operation of the contract under {programmeId}, tried on programme B with A's coordinator: all 404. */
    @Test
    @RequestsOutsideTheContract
    void shouldHideAnotherProgrammeBehind404OnEveryPath() throws IOException {
        String coordinatorOfA = TestTokens.coordinator("anna", programmeA);
        Map<String, String> ids = Map.of("programmeId", programmeB, "cohortId", cohortB, "mentorId", mentorB,
                "menteeId", menteeB);
        List<String> tried = new ArrayList<>();
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile()).get("paths");
        paths.fields().forEachRemaining(path -> {
            if (!path.getKey().contains("{programmeId}")) {
                return;
            }
            String url = fill(path.getKey(), ids);
            path.getValue().fieldNames().forEachRemaining(method -> {
                if (List.of("get", "post", "put", "patch", "delete").contains(method)) {
                    Api.problem(given().auth().oauth2(coordinatorOfA).contentType(ContentType.JSON).body("{}")
                            .when().request(Method.valueOf(method.toUpperCase()), url).then(), 404)
                            .body("detail", not(containsString(cohortB)));
                    tried.add(method + " " + path.getKey());
                }
            });
        });
        assertThat(tried).hasSizeGreaterThan(40);
        // And B's people are all still there: none of those requests changed anything.
        given().when().get("/programmes/{p}/cohorts/{c}/mentees/{m}", programmeB, cohortB, menteeB).then().statusCode(200);
    }

    @Test
    void shouldAnswerAnUnknownProgrammeAndAForbiddenOneAlike() {
        String coordinatorOfA = TestTokens.coordinator("anna", programmeA);
        String unknown = UUID.randomUUID().toString();
        var hidden = given().auth().oauth2(coordinatorOfA).when().get("/programmes/{p}", programmeB)
                .then().statusCode(404).extract().body().jsonPath();
        var missing = given().when().get("/programmes/{p}", unknown).then().statusCode(404).extract().body().jsonPath();
        assertThat(hidden.getString("title")).isEqualTo(missing.getString("title"));
        assertThat(hidden.getString("type")).isEqualTo(missing.getString("type"));
        assertThat(hidden.getString("detail")).isEqualTo(missing.getString("detail").replace(unknown, programmeB));
    }

    private static String fill(String template, Map<String, String> ids) {
        String url = template;
        for (var id : ids.entrySet()) {
            url = url.replace("{" + id.getKey() + "}", id.getValue());
        }
        // Any other id in the path: an unknown one, which must not matter.
        return url.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }
}
