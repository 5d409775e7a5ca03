package org.mentormatch.matchrun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.ProgrammeAttributes;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * A coaching cohort whose policy requires the same posting phase: every pair of the run has it, judged here from
 * the profiles themselves; a mentee whose phase no mentor shares stays unmatched, and the reason says why.
 */
@QuarkusTest
class AttributeMatchingTest {

    private static final List<String> PHASES = List.of("BEFORE_DEPARTURE", "ABROAD");

    private final Map<String, String> phaseOf = new HashMap<>();
    private TestCohort cohort;

    @BeforeEach
    void createCohort() {
        cohort = TestCohort.create();
    }

    @Test
    void shouldKeepAMustSameAttributeCriterionForEveryPair() {
        ProgrammeAttributes.coaching(cohort.programmeId());
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("""
                {"employerRule": "ANY",
                 "attributeCriteria": [{"key": "postingPhase", "compare": "SAME", "level": "MUST"}]}""")
                .when().put(cohort.path() + "/matching-policy").then().statusCode(200);
        for (String phase : PHASES) {
            person("mentors", phase);
            person("mentors", phase);
            for (int i = 0; i < 3; i++) {
                person("mentees", phase);
            }
        }
        String returned = person("mentees", "RETURNED");

        String runId = Runs.runToEnd(cohort.path(), 1);

        List<Map<String, Object>> proposals = given().queryParam("limit", 100)
                .when().get(cohort.path() + "/match-runs/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath().getList("items");
        List<Map<String, Object>> matched = proposals.stream().filter(p -> p.get("mentorId") != null).toList();
        assertThat(matched).hasSize(6);
        for (Map<String, Object> pair : matched) {
            String phase = phaseOf.get((String) pair.get("menteeId"));
            assertThat(phaseOf.get((String) pair.get("mentorId"))).as("phase of %s's mentor", pair.get("menteeId"))
                    .isEqualTo(phase);
            assertThat(pair.get("reasons").toString()).contains("Same posting phase: " + phase + ".");
        }
        Map<String, Object> alone = proposals.stream().filter(p -> returned.equals(p.get("menteeId")))
                .findFirst().orElseThrow();
        assertThat(alone.get("mentorId")).isNull();
        assertThat(alone.get("reasons").toString()).contains("4 fail Same posting phase");
    }

    /** A mentor (capacity 2) or mentee in this posting phase whom anyone else in the cohort could mentor. */
    private String person(String kind, String phase) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Kim", "email",
                TestCohort.uniqueEmail("example.dk"), "field", "2511", "languages", List.of("en"),
                "attributes", Map.of("postingPhase", phase)));
        if (kind.equals("mentors")) {
            body.put("capacity", 2);
        }
        String id = cohort.post(kind, body);
        phaseOf.put(id, phase);
        return id;
    }
}
