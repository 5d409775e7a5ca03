package org.mentormatch.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.TestCohort;

/**
 * Outcomes are the mentee's personal data: exported with them, and cut down to what statistics need (type, date,
 * route, 2-digit ISCO-08 group) by an erasure or when retention runs out.
 */
@QuarkusTest
class OutcomePersonalDataTest {

    @Inject
    RetentionJob retention;

    @Test
    void shouldExportAMenteesOutcomes() {
        TestCohort cohort = TestCohort.create();
        String email = TestCohort.uniqueEmail("example.org");
        String mentee = mentee(cohort, email);
        outcome(cohort, mentee, "Junior developer");

        given().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/programmes/{p}/personal-data/export", cohort.programmeId()).then().statusCode(200)
                .body("profiles", hasSize(1))
                .body("profiles[0].outcomes", hasSize(1))
                .body("profiles[0].outcomes[0].type", equalTo("JOB"))
                .body("profiles[0].outcomes[0].occupation", equalTo("2512"))
                .body("profiles[0].outcomes[0].note", equalTo("Junior developer"));
    }

    @Test
    void shouldKeepOnlyWhatStatisticsNeedWhenTheMenteeIsErased() {
        TestCohort cohort = TestCohort.create();
        String email = TestCohort.uniqueEmail("example.org");
        String mentee = mentee(cohort, email);
        String erased = outcome(cohort, mentee, "Found through the network");
        // Someone else's outcome that quotes the address: the address goes, the note stays.
        String otherMentee = cohort.mentee();
        String other = outcome(cohort, otherMentee, "Referred by " + email);

        given().contentType(ContentType.JSON).body(Map.of("email", email, "reason", "Asked to be forgotten"))
                .when().post("/programmes/{p}/personal-data/erasure", cohort.programmeId()).then().statusCode(200);

        assertCutDown(cohort, mentee, erased);
        given().contentType(ContentType.JSON)
                .body(Map.of("type", "JOB", "date", "2019-03-01", "viaMentorNetwork", true))
                .when().post(cohort.path() + "/mentees/{m}/outcomes", mentee).then().statusCode(409);
        outcomeOf(cohort.path() + "/mentees/" + otherMentee + "/outcomes/" + other)
                .body("note", equalTo("Referred by " + FreeText.PLACEHOLDER))
                .body("occupation", equalTo("2512"));
    }

    @Test
    void shouldKeepOnlyWhatStatisticsNeedWhenRetentionRunsOut() {
        String programmeId = given().contentType(ContentType.JSON).body(Map.of("name", "Short memory", "retentionDays", 30))
                .when().post("/programmes").then().statusCode(201).extract().path("id");
        String cohortId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "2018/19", "startsOn", "2018-07-01", "endsOn", "2019-06-30"))
                .when().post("/programmes/{p}/cohorts", programmeId).then().statusCode(201).extract().path("id");
        TestCohort cohort = new TestCohort(programmeId, cohortId);
        String mentee = cohort.mentee();
        String outcome = outcome(cohort, mentee, "Junior developer");

        retention.run(LocalDate.of(2019, 8, 1));

        assertCutDown(cohort, mentee, outcome);
    }

    private static void assertCutDown(TestCohort cohort, String mentee, String outcome) {
        outcomeOf(cohort.path() + "/mentees/" + mentee + "/outcomes/" + outcome)
                .body("type", equalTo("JOB"))
                .body("date", equalTo("2019-03-01"))
                .body("viaMentorNetwork", equalTo(true))
                .body("occupation", equalTo("25"))
                .body("note", nullValue());
    }

    private static ValidatableResponse outcomeOf(String path) {
        return given().when().get(path).then().statusCode(200);
    }

    private static String mentee(TestCohort cohort, String email) {
        return cohort.post("mentees", Map.of("displayName", "Li Wei", "email", email, "field", "2512",
                "languages", List.of("en")));
    }

    private static String outcome(TestCohort cohort, String mentee, String note) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("type", "JOB", "date", "2019-03-01", "occupation", "2512", "viaMentorNetwork", true,
                        "note", note))
                .when().post(cohort.path() + "/mentees/{m}/outcomes", mentee).then().statusCode(201)
                .extract().path("id");
    }
}
