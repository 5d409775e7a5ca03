package org.mentormatch.matchrun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.Runs;

/** /q/metrics tells, in Prometheus' format, how runs go: by status, queued, solved, attempts; and HTTP. */
@QuarkusTest
class RunMetersTest {

    @Test
    @RequestsOutsideTheContract // /q/metrics is Quarkus', not the contract's
    void shouldCountRunsAndTimeTheirSolvesAtMetrics() {
        String programmeId = Api.createProgramme();
        String cohort = "/programmes/%s/cohorts/%s".formatted(programmeId, Api.createCohort(programmeId));
        given().contentType(ContentType.JSON).body("{\"mentees\": 6, \"mentors\": 5}")
                .when().post(cohort + "/demo-data").then().statusCode(201);
        Runs.runToEnd(cohort, "{}");

        String metrics = given().when().get("/q/metrics").then().statusCode(200).extract().asString();

        assertThat(metrics)
                .containsPattern("(?m)^mentor_match_runs\\{status=\"COMPLETED\"} [1-9]")
                .containsPattern("(?m)^mentor_match_runs_attempts_total [1-9]")
                .contains("mentor_match_runs_revivals_total")
                .containsPattern("(?m)^mentor_match_runs_queued_seconds_count [1-9]")
                .containsPattern("(?m)^mentor_match_runs_solve_seconds_bucket\\{le=")
                .contains("http_server_requests_seconds_count");
    }
}
