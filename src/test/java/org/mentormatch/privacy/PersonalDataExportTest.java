package org.mentormatch.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class PersonalDataExportTest {

    @Test
    void shouldExportEveryProfileWithEverythingThatNamesIt() {
        PersonFixture person = new PersonFixture();
        JsonPath export = export(person.programmeId, person.typed).statusCode(200).extract().jsonPath();

        assertThat(export.getString("programmeId")).isEqualTo(person.programmeId);
        assertThat(export.getList("profiles.role")).containsExactly("MENTOR", "MENTEE");

        String mentee = "profiles.find { it.role == 'MENTEE' }";
        assertThat(export.getString(mentee + ".mentee.id")).isEqualTo(person.menteeId);
        assertThat(export.getString(mentee + ".mentee.email")).isEqualTo(person.email);
        assertThat(export.getList(mentee + ".mentee.skills")).containsExactly("java");
        assertThat(export.getString(mentee + ".mentee.wishes.note")).isEqualTo("Evenings suit me best");
        assertThat(export.getString(mentee + ".mentee.employer")).isEqualTo("Lego");
        assertThat(export.getString(mentee + ".mentee.consent.givenAt")).isEqualTo("2026-01-15T09:30:00Z");
        assertThat(export.getString(mentee + ".mentor")).isNull();
        assertThat(export.getString(mentee + ".cohort.id")).isEqualTo(person.menteeCohortId);
        assertThat(export.getString(mentee + ".cohort.name")).isEqualTo("2025/26");
        assertThat(export.getString(mentee + ".cohort.startsOn")).isEqualTo("2025-09-01");
        assertThat(export.getString(mentee + ".cohort.endsOn")).isEqualTo("2026-08-31");

        assertThat(export.getList(mentee + ".matches")).hasSize(1);
        assertThat(export.getString(mentee + ".matches[0].counterpart.id")).isEqualTo(person.matchedMentorId);
        assertThat(export.getString(mentee + ".matches[0].counterpart.displayName")).isEqualTo("Mette");
        assertThat(export.getString(mentee + ".matches[0].match.id")).isEqualTo(person.runMatchId);
        assertThat(export.getString(mentee + ".matches[0].match.status")).isEqualTo("ACCEPTED");
        assertThat(export.getString(mentee + ".matches[0].match.source")).isEqualTo("SOLVER");
        assertThat(export.getString(mentee + ".matches[0].match.decisionReason")).isEqualTo("Confirmed by " + person.shouted);
        assertThat(export.getInt(mentee + ".matches[0].match.quality")).isPositive();
        assertThat(export.getList(mentee + ".matches[0].match.reasons")).isNotEmpty();

        assertThat(export.getString(mentee + ".proposals[0].runId")).isEqualTo(person.runId);
        assertThat(export.getString(mentee + ".proposals[0].proposal.menteeName")).isEqualTo("Li Wei");
        assertThat(export.getString(mentee + ".proposals[0].proposal.mentorId")).isEqualTo(person.matchedMentorId);
        assertThat(export.getString(mentee + ".proposals[0].proposal.mentorName")).isEqualTo("Mette");

        assertThat(export.getString(mentee + ".exclusions[0].counterpart.id")).isEqualTo(person.excludedMentorId);
        assertThat(export.getString(mentee + ".exclusions[0].counterpart.displayName")).isEqualTo("Jonas");
        assertThat(export.getString(mentee + ".exclusions[0].exclusion.reason")).isEqualTo("Neighbours of " + person.shouted);
        assertThat(export.getString(mentee + ".affinities[0].counterpart.displayName")).isEqualTo("Mette");
        assertThat(export.getInt(mentee + ".affinities[0].affinity.score")).isEqualTo(40);
        assertThat(export.getList(mentee + ".auditEvents.action", String.class)).containsExactly("ACCEPT");
        assertThat(export.getString(mentee + ".auditEvents[0].subjectId")).isEqualTo(person.runMatchId);
        assertThat(export.getList(mentee + ".preferences.ranked"))
                .containsExactly(person.matchedMentorId, person.excludedMentorId);

        String mentor = "profiles.find { it.role == 'MENTOR' }";
        assertThat(export.getString(mentor + ".mentor.id")).isEqualTo(person.mentorId);
        assertThat(export.getList(mentor + ".mentor.markets")).containsExactly("CN");
        assertThat(export.getString(mentor + ".cohort.id")).isEqualTo(person.mentorCohortId);
        assertThat(export.getString(mentor + ".matches[0].counterpart.displayName")).isEqualTo("Søren");
        assertThat(export.getString(mentor + ".matches[0].match.source")).isEqualTo("MANUAL");
        assertThat(export.getString(mentor + ".matches[0].match.overrideReason"))
                .isEqualTo("Interpreter arranged by " + person.email);
        assertThat(export.getList(mentor + ".auditEvents.action", String.class)).contains("MANUAL_PAIR", "OVERRIDE");
        assertThat(export.getList(mentor + ".proposals")).isEmpty();
        assertThat(export.getList(mentor + ".preferences.accepts")).containsExactly(person.handMatchedMenteeId);
        assertThat(export.getList(mentor + ".preferences.declines")).isEmpty();
    }

    @Test
    void shouldRecordEachExportInTheAuditTrailWithoutTheAddress() {
        PersonFixture person = new PersonFixture();
        export(person.programmeId, person.email).statusCode(200);

        for (String[] cohortAndProfile : new String[][] {
                {person.menteeCohortId, person.menteeId}, {person.mentorCohortId, person.mentorId}}) {
            List<Map<String, Object>> events = given().queryParam("limit", 100)
                    .when().get(person.cohort(cohortAndProfile[0]) + "/audit")
                    .then().statusCode(200).extract().jsonPath().getList("items");
            Map<String, Object> exported = events.stream()
                    .filter(event -> "PERSONAL_DATA_EXPORTED".equals(event.get("action"))).findFirst().orElseThrow();
            assertThat(exported.get("subjectId")).isEqualTo(cohortAndProfile[1]);
            assertThat(exported.get("actor")).as("the token's subject").isEqualTo("test-admin");
            assertThat(exported.toString()).doesNotContainIgnoringCase(person.email);
        }
    }

    @Test
    void shouldAnswerAnAddressItDoesNotHoldWithAnEmptyList() {
        String programmeId = Api.createProgramme();
        export(programmeId, "nobody-%s@example.org".formatted(UUID.randomUUID()))
                .statusCode(200)
                .body("programmeId", equalTo(programmeId))
                .body("profiles", empty());
    }

    @Test
    void shouldNotExportAnotherProgrammesProfiles() {
        PersonFixture person = new PersonFixture();
        export(Api.createProgramme(), person.email).statusCode(200).body("profiles", empty());
    }

    @Test
    @RequestsOutsideTheContract
    void shouldNameAMissingOrInvalidAddress() {
        String path = "/programmes/%s/personal-data/export".formatted(Api.createProgramme());
        problem(post(path, "{}"), 400).body("violations.field", hasItem("email"));
        problem(post(path, "{\"email\": \"not-an-address\"}"), 400).body("violations.field", hasItem("email"));
        problem(post(path, "{\"email\": \"a@example.org\", \"name\": \"Li\"}"), 400).body("field", equalTo("name"));
        problem(post(path, ""), 400);
    }

    @Test
    void shouldAnswer404ForAnUnknownProgramme() {
        problem(export(UUID.randomUUID().toString(), "a@example.org"), 404);
    }

    private static io.restassured.response.ValidatableResponse export(String programmeId, String email) {
        return post("/programmes/%s/personal-data/export".formatted(programmeId), Map.of("email", email));
    }

    private static io.restassured.response.ValidatableResponse post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then();
    }
}
