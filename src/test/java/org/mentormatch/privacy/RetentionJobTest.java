package org.mentormatch.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * The job is off in tests (mentor-match.retention.cron=off); each test runs it for the day it needs. Other
 * tests' cohorts may be due on those days too, so the checks look at this test's own cohorts.
 */
@QuarkusTest
class RetentionJobTest {

    private static final LocalDate ENDED = LocalDate.of(2020, 6, 30);
    private static final int RETENTION_DAYS = 30;
    private static final LocalDate LAST_DAY_KEPT = ENDED.plusDays(RETENTION_DAYS);

    @Inject
    RetentionJob job;

    private String programmeId;
    private String oldCohort;

    @BeforeEach
    void createProgrammeWithShortRetentionAndACohortThatEndedLongAgo() {
        programmeId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Short memory", "retentionDays", RETENTION_DAYS))
                .when().post("/programmes").then().statusCode(201).extract().path("id");
        oldCohort = given().contentType(ContentType.JSON)
                .body(Map.of("name", "2019/20", "startsOn", "2019-07-01", "endsOn", ENDED.toString()))
                .when().post("/programmes/{p}/cohorts", programmeId).then().statusCode(201).extract().path("id");
    }

    @Test
    void shouldAnonymiseOnlyCohortsWhoseRetentionRanOutAndDoNothingTheSecondTime() {
        String currentCohort = Api.createCohort(programmeId);
        List<String> oldPeople = people(oldCohort);
        List<String> currentPeople = people(currentCohort);

        job.run(LAST_DAY_KEPT);
        assertThat(anonymisedAt(oldPeople)).containsOnlyNulls();

        RetentionReport first = job.run(LAST_DAY_KEPT.plusDays(1));
        assertThat(first.profilesAnonymised()).isGreaterThanOrEqualTo(2);
        assertThat(first.cohortsFailed()).isZero();
        assertThat(anonymisedAt(oldPeople)).doesNotContainNull();
        assertThat(anonymisedAt(currentPeople)).containsOnlyNulls();

        JsonPath audit = audit(oldCohort);
        assertThat(audit.getList("items.action")).containsExactly("RETENTION_ANONYMISED");
        assertThat(audit.getString("items[0].actor")).isEqualTo("system:retention");
        assertThat(audit.getString("items[0].subjectId")).isEqualTo(oldCohort);
        assertThat(audit.getString("items[0].detail")).startsWith("2 profiles anonymised");
        assertThat(audit(currentCohort).getList("items")).isEmpty();

        assertThat(job.run(LAST_DAY_KEPT.plusDays(1))).isEqualTo(new RetentionReport(0, 0, 0));
        assertThat(audit(oldCohort).getList("items")).hasSize(1);
    }

    @Test
    void shouldAnonymiseAsAnErasureDoesButLeaveTheWithdrawalsAsTheyWere() {
        String mentee = new TestCohort(programmeId, oldCohort).mentee();

        job.run(ENDED.plusYears(1));

        given().when().get("/programmes/{p}/cohorts/{c}/mentees/{id}", programmeId, oldCohort, mentee)
                .then().statusCode(200)
                .body("displayName", equalTo("Anonymised mentee"))
                .body("email", equalTo("anonymised-%s@invalid".formatted(mentee)))
                .body("languages", empty())
                .body("withdrawnOn", nullValue());
    }

    @Test
    void shouldEraseAReturningMentorsAddressOnlyFromTheCohortWhoseRetentionRanOut() {
        String currentCohort = Api.createCohort(programmeId);
        String email = "returning-%s@example.dk".formatted(UUID.randomUUID());
        String oldExclusion = exclusion(oldCohort, mentor(oldCohort, email), email);
        String currentMentor = mentor(currentCohort, email);
        String currentExclusion = exclusion(currentCohort, currentMentor, email);

        job.run(LAST_DAY_KEPT.plusDays(1));

        given().when().get(cohortPath(oldCohort) + "/exclusions/{id}", oldExclusion)
                .then().statusCode(200).body("reason", equalTo("Ask " + FreeText.PLACEHOLDER));
        given().when().get(cohortPath(currentCohort) + "/exclusions/{id}", currentExclusion)
                .then().statusCode(200).body("reason", equalTo("Ask " + email));
        given().when().get(cohortPath(currentCohort) + "/mentors/{id}", currentMentor)
                .then().statusCode(200).body("email", equalTo(email)).body("anonymisedAt", nullValue());
    }

    /** An exclusion of the mentor and a new mentee, whose reason quotes the address. */
    private String exclusion(String cohortId, String mentorId, String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", new TestCohort(programmeId, cohortId).mentee(), "mentorId", mentorId,
                        "reason", "Ask " + email))
                .when().post(cohortPath(cohortId) + "/exclusions").then().statusCode(201).extract().path("id");
    }

    private String mentor(String cohortId, String email) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("displayName", "Mette", "email", email, "field", "2511", "languages", List.of("da")))
                .when().post(cohortPath(cohortId) + "/mentors").then().statusCode(201).extract().path("id");
    }

    private String cohortPath(String cohortId) {
        return "/programmes/%s/cohorts/%s".formatted(programmeId, cohortId);
    }

    /** A mentor and a mentee of the cohort, by their paths. */
    @Test
    void shouldLeaveACohortAloneWhileARunSolvesForIt() {
        List<String> oldPeople = people(oldCohort);
        String runId = given().contentType(ContentType.JSON).body("{\"timeLimitSeconds\": 60, \"stepLimit\": 10000000}")
                .when().post(cohortPath(oldCohort) + "/match-runs").then().statusCode(202).extract().path("id");

        job.run(LAST_DAY_KEPT.plusDays(1));
        assertThat(anonymisedAt(oldPeople)).containsOnlyNulls();

        given().when().delete(cohortPath(oldCohort) + "/match-runs/{id}", runId).then().statusCode(200);
        Runs.awaitEnd(cohortPath(oldCohort), runId);
        job.run(LAST_DAY_KEPT.plusDays(2));
        assertThat(anonymisedAt(oldPeople)).doesNotContainNull();
    }

    private List<String> people(String cohortId) {
        return List.of(cohortPath(cohortId) + "/mentors/" + new TestCohort(programmeId, cohortId).mentor(),
                cohortPath(cohortId) + "/mentees/" + new TestCohort(programmeId, cohortId).mentee());
    }

    private static List<String> anonymisedAt(List<String> profiles) {
        return profiles.stream()
                .map(profile -> given().when().get(profile).then().statusCode(200).extract().<String>path("anonymisedAt"))
                .toList();
    }

    private JsonPath audit(String cohortId) {
        return given().when().get("/programmes/{p}/cohorts/{c}/audit", programmeId, cohortId)
                .then().statusCode(200).extract().jsonPath();
    }
}
