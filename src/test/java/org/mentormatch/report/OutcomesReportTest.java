package org.mentormatch.report;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Api;
import org.mentormatch.support.TestCohort;

/**
 * The cross-programme report hides every figure about fewer than 5 people. Each test uses a start year no other
 * test uses, since the report covers every programme in the database.
 */
@QuarkusTest
class OutcomesReportTest {

    @Inject
    EntityManager database;

    @Test
    void shouldHideFiguresAboutFourPeople() {
        yearWithPeopleWhoFoundAJob(1991, 4);

        year(1991)
                .body(figure(1991, "cohorts"), equalTo(1))
                .body(figure(1991, "mentees"), equalTo("<5"))
                .body(figure(1991, "matched"), equalTo("<5"))
                .body(figure(1991, "activeMentees"), equalTo("<5"))
                .body(figure(1991, "activeMenteesWithJob"), equalTo("<5"))
                .body(figure(1991, "jobRate"), equalTo("<5"))
                .body(figure(1991, "outcomesByType.JOB"), equalTo("<5"));
    }

    @Test
    void shouldShowFiguresAboutFivePeople() {
        yearWithPeopleWhoFoundAJob(1992, 5);

        year(1992)
                .body(figure(1992, "mentees"), equalTo("5"))
                .body(figure(1992, "matched"), equalTo("5"))
                .body(figure(1992, "activeMentees"), equalTo("5"))
                .body(figure(1992, "activeMenteesWithJob"), equalTo("5"))
                .body(figure(1992, "jobRate"), equalTo("1.0"))
                .body(figure(1992, "outcomesByType.JOB"), equalTo("5"))
                .body(figure(1992, "outcomesByType.EDUCATION"), equalTo("<5"));
    }

    @Test
    void shouldBeForAdminsOnly() {
        String programmeId = Api.createProgramme();
        problem(given().auth().oauth2(TestTokens.coordinator("anna", programmeId)).when().get("/reports/outcomes").then(), 403);
        problem(given().auth().oauth2(TestTokens.viewer("vera", programmeId)).when().get("/reports/outcomes").then(), 403);
    }

    /** A programme whose one cohort starts in {@code year}, with {@code people} published pairs and a job each. */
    private void yearWithPeopleWhoFoundAJob(int year, int people) {
        String programmeId = Api.createProgramme();
        String cohortId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Class of " + year, "startsOn", year + "-09-01", "endsOn", (year + 1) + "-06-30"))
                .when().post("/programmes/{p}/cohorts", programmeId).then().statusCode(201).extract().path("id");
        YearOfACohort cohort = new YearOfACohort(new TestCohort(programmeId, cohortId), database);
        var pairs = IntStream.range(0, people).mapToObj(i -> cohort.pair("2512", "2511")).toList();
        cohort.publish();
        pairs.forEach(pair -> cohort.outcome(pair.menteeId(), "JOB", LocalDate.of(year + 1, 1, 15)));
    }

    private static ValidatableResponse year(int year) {
        return given().when().get("/reports/outcomes").then().statusCode(200)
                .body("years.findAll { it.year == %d }.size()".formatted(year), equalTo(1));
    }

    private static String figure(int year, String name) {
        return "years.find { it.year == %d }.%s".formatted(year, name);
    }
}
