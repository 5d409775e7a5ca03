package org.mentormatch.preference;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * Issue 12's done-when: a cohort where every mentee's first choice is feasible and distinct ends with every mentee
 * at rank 1. Each mentee shares an interest with their second choice only, so without the criterion every mentee
 * would go to their second choice: the test fails if the stated choices are not weighed.
 */
@QuarkusTest
class StatedChoicesRunTest {

    private static final int SIZE = 4;

    private TestCohort cohort;
    private final List<String> mentees = new ArrayList<>();
    private final List<String> mentors = new ArrayList<>();

    @BeforeEach
    void everyoneRanksADistinctFirstChoice() {
        cohort = TestCohort.create();
        for (int i = 0; i < SIZE; i++) {
            mentors.add(cohort.post("mentors", Map.of("displayName", "Mentor " + i, "field", "2511",
                    "email", TestCohort.uniqueEmail("example.dk"), "languages", List.of("en"), "capacity", 1,
                    "interests", List.of("interest " + i))));
        }
        for (int i = 0; i < SIZE; i++) {
            String mentee = cohort.post("mentees", Map.of("displayName", "Mentee " + i, "field", "2511",
                    "email", TestCohort.uniqueEmail("example.org"), "languages", List.of("en"),
                    "interests", List.of("interest " + (i + 1) % SIZE)));
            mentees.add(mentee);
            given().contentType(ContentType.JSON)
                    .body(Map.of("ranked", List.of(mentors.get(i), mentors.get((i + 1) % SIZE))))
                    .when().put(cohort.path() + "/mentees/" + mentee + "/preferences").then().statusCode(200);
        }
    }

    @Test
    void shouldGiveEveryMenteeTheirFirstChoiceWhenStatedPreferencesAreHigh() {
        assertThat(firstChoicesGiven("HIGH")).isEqualTo(SIZE);
    }

    @Test
    void shouldGiveEveryMenteeTheirFirstChoiceWhenStatedPreferencesAreMust() {
        assertThat(firstChoicesGiven("MUST")).isEqualTo(SIZE);
    }

    @Test
    void shouldMatchByProfilesAloneWhileStatedPreferencesAreOff() {
        assertThat(firstChoicesGiven("OFF")).isZero();
    }

    /** Runs the cohort with the criterion at this level and counts the mentees proposed their first choice. */
    private int firstChoicesGiven(String level) {
        given().contentType(ContentType.JSON).body(Map.of("criteria", Map.of("statedPreferences", level)))
                .when().put(cohort.path() + "/matching-policy").then().statusCode(200);
        String runId = Runs.runToEnd(cohort.path(), 7);
        List<Map<String, Object>> proposals = given().queryParam("limit", 100)
                .when().get(cohort.path() + "/match-runs/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath().getList("items");
        assertThat(proposals).hasSize(SIZE).allSatisfy(proposal -> assertThat(proposal.get("mentorId")).isNotNull());
        int first = 0;
        for (Map<String, Object> proposal : proposals) {
            int i = mentees.indexOf((String) proposal.get("menteeId"));
            if (proposal.get("mentorId").equals(mentors.get(i))) {
                first++;
                if (!level.equals("OFF")) {
                    assertThat(proposal.get("reasons").toString()).contains("The mentee ranked this mentor 1st of 2.");
                }
            }
        }
        return first;
    }
}
