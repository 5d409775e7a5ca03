package org.mentormatch.matchrun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * A workplace-mentoring cohort: the policy's employer rule SAME gives every mentee a colleague, judged here from
 * the profiles themselves, and leaves a mentee whose employer is unknown (or has no mentor) unmatched.
 */
@QuarkusTest
class WorkplaceMentoringTest {

    private static final List<String> EMPLOYERS = List.of("Novo Nordisk", "LEGO", "Maersk");

    private final Map<String, String> employerOf = new HashMap<>();
    private TestCohort cohort;

    @BeforeEach
    void createCohort() {
        cohort = TestCohort.create();
    }

    @Test
    void shouldPairEveryMenteeWithAColleagueUnderEmployerRuleSame() {
        for (String employer : EMPLOYERS) {
            for (int i = 0; i < 2; i++) {
                person("mentors", i == 0 ? employer : employer.toUpperCase(Locale.ROOT) + " ");
            }
            for (int i = 0; i < 3; i++) {
                person("mentees", i == 0 ? " " + employer.toLowerCase(Locale.ROOT) : employer);
            }
        }
        person("mentors", null);
        String unknown = person("mentees", null);
        String noColleague = person("mentees", "Carlsberg");
        String before = Runs.runToEnd(cohort.path(), 1);

        setEmployerRule("SAME").body("employerRule", equalTo("SAME"));
        String runId = Runs.runToEnd(cohort.path(), 1);

        assertThat(inputHash(runId)).as("the employer rule is part of the run's input").isNotEqualTo(inputHash(before));
        List<Map<String, Object>> proposals = given().queryParam("limit", 100)
                .when().get(cohort.path() + "/match-runs/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> matched = proposals.stream().filter(p -> p.get("mentorId") != null).toList();
        assertThat(matched).hasSize(9);
        for (Map<String, Object> pair : matched) {
            String menteeEmployer = employerOf.get((String) pair.get("menteeId"));
            assertThat(menteeEmployer).as("mentee's employer").isNotNull();
            assertThat(employerOf.get((String) pair.get("mentorId"))).as("colleague of %s", pair.get("menteeId"))
                    .isEqualTo(menteeEmployer);
        }
        for (String alone : List.of(unknown, noColleague)) {
            Map<String, Object> proposal = proposals.stream().filter(p -> alone.equals(p.get("menteeId")))
                    .findFirst().orElseThrow();
            assertThat(proposal.get("mentorId")).isNull();
            assertThat(proposal.get("reasons").toString()).contains("work for another employer");
        }
    }

    @Test
    void shouldRefuseAHandMatchWithAnotherEmployerUnlessOverridden() {
        String mentee = person("mentees", "LEGO");
        String mentor = person("mentors", "Maersk");
        setEmployerRule("SAME");
        String body = "{\"menteeId\": \"%s\", \"mentorId\": \"%s\"%s}";

        problem(given().contentType(ContentType.JSON).body(body.formatted(mentee, mentor, ""))
                .when().post(cohort.path() + "/matches").then(), 409)
                .body("rules", hasItem(startsWith("Different employer")));
        given().contentType(ContentType.JSON)
                .body(body.formatted(mentee, mentor, ", \"override\": {\"reason\": \"Seconded to Maersk this year\"}"))
                .when().post(cohort.path() + "/matches")
                .then().statusCode(201).body("overrideReason", equalTo("Seconded to Maersk this year"));
    }

    /** A mentor or mentee of this employer (null: none known) whom any other in the cohort could mentor. */
    private String person(String kind, String employer) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Kim", "email",
                TestCohort.uniqueEmail("example.dk"), "field", "2511", "languages", List.of("en")));
        if (employer != null) {
            body.put("employer", employer);
        }
        if (kind.equals("mentors")) {
            body.put("capacity", 2);
        }
        String id = cohort.post(kind, body);
        if (employer != null) {
            employerOf.put(id, employer.trim().toLowerCase(Locale.ROOT));
        }
        return id;
    }

    private ValidatableResponse setEmployerRule(String rule) {
        return given().contentType(ContentType.JSON).body("{\"employerRule\": \"%s\"}".formatted(rule))
                .when().put(cohort.path() + "/matching-policy").then().statusCode(200);
    }

    private String inputHash(String runId) {
        return given().when().get(cohort.path() + "/match-runs/" + runId).then().statusCode(200)
                .extract().path("inputHash");
    }
}
