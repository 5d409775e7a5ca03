package org.mentormatch.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

@QuarkusTest
class PersonalDataErasureTest {

    @Inject
    AgroalDataSource database;

    @Test
    void shouldLeaveTheAddressInNoTableOfTheProgramme() throws SQLException {
        PersonFixture person = new PersonFixture();
        String elsewhere = Api.createProgramme();
        String otherMentees = "/programmes/%s/cohorts/%s/mentees".formatted(elsewhere, Api.createCohort(elsewhere));
        String otherProfile = given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Li Wei", "email", person.email, "field", "2512", "languages", List.of("en")))
                .when().post(otherMentees).then().statusCode(201).extract().path("id");
        assertThat(RowsHolding.text(database, person.email))
                .containsKeys("programme", "mentor", "mentee", "exclusion", "match", "audit_event");

        erase(person.programmeId, person.typed, "Asked by " + person.email + " in a letter")
                .statusCode(200)
                .body("profilesAnonymised", equalTo(2))
                .body("matchesEnded", equalTo(2))
                .body("profiles.id", hasItem(person.menteeId))
                .body("profiles.id", hasItem(person.mentorId));

        // Only the other programme's profile still holds it: an erasure answers for one programme.
        assertThat(RowsHolding.text(database, person.email)).isEqualTo(Map.of("mentee", 1L));
        given().when().get(otherMentees + "/{id}", otherProfile).then().statusCode(200).body("email", equalTo(person.email));
    }

    @Test
    void shouldAnonymiseTheProfilesInPlaceAndEndTheirMatches() {
        PersonFixture person = new PersonFixture();
        Map<String, Object> metricsBefore = run(person).getMap("metrics");

        JsonPath result = erase(person.programmeId, person.email, null).statusCode(200).extract().jsonPath();
        assertThat(result.getList("profiles.endedMatchIds").toString())
                .contains(person.runMatchId, person.handMatchId);
        assertThat(result.getInt("freeTextErased")).isPositive();

        JsonPath mentee = given().when().get(person.cohort(person.menteeCohortId) + "/mentees/{id}", person.menteeId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(mentee.getString("displayName")).isEqualTo("Anonymised mentee");
        assertThat(mentee.getString("email")).isEqualTo("anonymised-%s@invalid".formatted(person.menteeId));
        assertThat(mentee.getString("field")).isEqualTo("25");
        assertThat(mentee.getList("skills")).isEmpty();
        assertThat(mentee.getList("interests")).isEmpty();
        assertThat(mentee.getList("languages")).isEmpty();
        assertThat(mentee.getString("region")).isNull();
        assertThat(mentee.getString("homeCountry")).isNull();
        assertThat(mentee.getString("employer")).isNull();
        assertThat(mentee.getString("educationLevel")).isNull();
        assertThat(mentee.getString("yearsOfExperience")).isNull();
        assertThat(mentee.getString("wishes.note")).isNull();
        assertThat(mentee.getList("wishes.preferredFields")).isEmpty();
        assertThat(mentee.getMap("consent")).isNull();
        assertThat(mentee.getString("withdrawnOn")).isNotNull();
        assertThat(mentee.getString("anonymisedAt")).isNotNull();

        JsonPath mentor = given().when().get(person.cohort(person.mentorCohortId) + "/mentors/{id}", person.mentorId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(mentor.getString("displayName")).isEqualTo("Anonymised mentor");
        assertThat(mentor.getInt("capacity")).isEqualTo(2);
        assertThat(mentor.getList("markets")).isEmpty();

        // The cohort's statistics survive: the matches are still there (ended), with their quality; the run's metrics too.
        JsonPath match = given().when().get(person.cohort(person.menteeCohortId) + "/matches/{id}", person.runMatchId)
                .then().statusCode(200).extract().jsonPath();
        assertThat(match.getString("status")).isEqualTo("ENDED");
        assertThat(match.getInt("quality")).isPositive();
        assertThat(match.getList("reasons.description", String.class)).containsOnly(Anonymiser.WITHHELD);
        assertThat(match.getList("reasons.constraint")).isNotEmpty();
        given().when().get(person.cohort(person.mentorCohortId) + "/matches/{id}", person.handMatchId)
                .then().statusCode(200).body("status", equalTo("ENDED"));
        assertThat(run(person).getMap("metrics")).isEqualTo(metricsBefore);
        List<String> proposalWords = given().queryParam("limit", 1000)
                .when().get(person.cohort(person.menteeCohortId) + "/match-runs/{id}/proposals", person.runId)
                .then().statusCode(200).extract().jsonPath()
                .getList("items.find { it.menteeId == '%s' }.reasons.description".formatted(person.menteeId));
        assertThat(proposalWords).isNotEmpty().containsOnly(Anonymiser.WITHHELD);
    }

    @Test
    void shouldForgetWhatTheyStatedAndWhatOthersStatedAboutThem() {
        PersonFixture person = new PersonFixture();
        erase(person.programmeId, person.email, null).statusCode(200);

        String cohort = person.cohort(person.menteeCohortId);
        given().when().get(cohort + "/mentees/{id}/preferences", person.menteeId).then().statusCode(200)
                .body("ranked", empty()).body("version", equalTo(0));
        given().when().get(person.cohort(person.mentorCohortId) + "/mentors/{id}/preferences", person.mentorId)
                .then().statusCode(200).body("accepts", empty()).body("version", equalTo(0));
        given().when().get(cohort + "/mentors/{id}/preferences", person.excludedMentorId).then().statusCode(200)
                .body("declines", org.hamcrest.Matchers.contains(person.friendId)).body("version", equalTo(2));
    }

    @Test
    void shouldRecordTheErasureWithoutTheAddress() {
        PersonFixture person = new PersonFixture();
        erase(person.programmeId, person.email, "Letter from " + person.shouted).statusCode(200);

        List<Map<String, Object>> events = given().queryParam("limit", 100)
                .when().get(person.cohort(person.menteeCohortId) + "/audit")
                .then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Object> erased = events.stream()
                .filter(event -> "PERSONAL_DATA_ERASED".equals(event.get("action"))).findFirst().orElseThrow();
        assertThat(erased.get("subjectId")).isEqualTo(person.menteeId);
        assertThat(erased.get("actor")).as("the token's subject").isEqualTo("test-admin");
        assertThat(erased.get("reason")).isEqualTo("Letter from " + FreeText.PLACEHOLDER);
        assertThat(events.toString()).doesNotContainIgnoringCase(person.email);
        assertThat(events).anySatisfy(event -> assertThat(event.get("action")).isEqualTo("WITHDRAW"));
    }

    @Test
    void shouldRefuseToWriteAPersonBackIntoAnAnonymisedProfile() {
        PersonFixture person = new PersonFixture();
        erase(person.programmeId, person.email, null).statusCode(200);
        problem(given().contentType("application/merge-patch+json").body("{\"displayName\": \"Li Wei\"}")
                .when().patch(person.cohort(person.menteeCohortId) + "/mentees/{id}", person.menteeId).then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/anonymised"));
        problem(given().contentType(ContentType.JSON).body(Map.of("ranked", List.of(person.matchedMentorId)))
                .when().put(person.cohort(person.menteeCohortId) + "/mentees/{id}/preferences", person.menteeId)
                .then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/anonymised"));
    }

    @Test
    void shouldFindNothingTheSecondTime() {
        PersonFixture person = new PersonFixture();
        erase(person.programmeId, person.email, null).statusCode(200);
        erase(person.programmeId, person.email, null).statusCode(200)
                .body("profilesAnonymised", equalTo(0))
                .body("matchesEnded", equalTo(0))
                .body("freeTextErased", equalTo(0))
                .body("profiles", empty());
        given().contentType(ContentType.JSON).body(Map.of("email", person.email))
                .when().post("/programmes/{p}/personal-data/export", person.programmeId)
                .then().statusCode(200).body("profiles", empty());
    }

    @Test
    void shouldEraseTheAddressOnlyAsAWholeAddress() {
        TestCohort fixture = TestCohort.create();
        String programmeId = fixture.programmeId();
        String cohort = fixture.path();
        String email = "li-%s@example.org".formatted(UUID.randomUUID());
        fixture.post("mentees", Map.of("displayName", "Li", "email", email, "field", "2512", "languages", List.of("zh")));
        String note = "Ask anna." + email + ", " + email + ".dk or " + email.toUpperCase() + ".";
        String other = fixture.post("mentees", Map.of("displayName", "Ana", "email", "ana-" + email, "field", "2512",
                "languages", List.of("pt"), "wishes", Map.of("note", note)));

        erase(programmeId, email, null).statusCode(200);

        given().when().get(cohort + "/mentees/{id}", other).then().statusCode(200)
                .body("email", equalTo("ana-" + email))
                .body("wishes.note", equalTo("Ask anna." + email + ", " + email + ".dk or " + FreeText.PLACEHOLDER + "."));
    }

    @Test
    void shouldWaitForARunSolvingForThePersonsCohort() {
        TestCohort fixture = TestCohort.create();
        String programmeId = fixture.programmeId();
        String cohort = fixture.path();
        String email = "busy-%s@example.org".formatted(UUID.randomUUID());
        fixture.post("mentees", Map.of("displayName", "Ana", "email", email, "field", "2512", "languages", List.of("pt")));
        fixture.mentor();
        String runId = given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\": 60, \"stepLimit\": 10000000}")
                .when().post(cohort + "/match-runs").then().statusCode(202).extract().path("id");

        problem(erase(programmeId, email, null), 409).body("activeRunId", equalTo(runId));

        given().when().delete(cohort + "/match-runs/{id}", runId).then().statusCode(200);
        Runs.awaitEnd(cohort, runId);
        erase(programmeId, email, null).statusCode(200).body("profilesAnonymised", equalTo(1));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldNameTheInvalidField() {
        String path = "/programmes/%s/personal-data/erasure".formatted(Api.createProgramme());
        problem(post(path, "{\"reason\": \"Letter\"}"), 400).body("violations.field", hasItem("email"));
        problem(post(path, "{\"email\": \"li@\"}"), 400).body("violations.field", hasItem("email"));
        problem(post(path, "{\"email\": \"li@example.org\", \"reason\": \"%s\"}".formatted("x".repeat(501))), 400)
                .body("violations.field", hasItem("reason"));
        problem(post(path, "{\"email\": \"li@example.org\", \"forever\": true}"), 400).body("field", equalTo("forever"));
        problem(post("/programmes/%s/personal-data/erasure".formatted(UUID.randomUUID()), "{\"email\": \"li@example.org\"}"),
                404);
    }

    private static JsonPath run(PersonFixture person) {
        return given().when().get(person.cohort(person.menteeCohortId) + "/match-runs/{id}", person.runId)
                .then().statusCode(200).extract().jsonPath();
    }

    private static ValidatableResponse erase(String programmeId, String email, String reason) {
        Map<String, String> body = reason == null ? Map.of("email", email) : Map.of("email", email, "reason", reason);
        return post("/programmes/%s/personal-data/erasure".formatted(programmeId), body);
    }

    private static ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }
}
