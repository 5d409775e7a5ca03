package org.mentormatch.matchrun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/** The best counterparts for one person: only allowed pairs with room for them, best first, with a run's reasons. */
@QuarkusTest
class SuggestionResourceTest {

    private TestCohort cohort;

    @BeforeEach
    void createCohort() {
        cohort = TestCohort.create();
    }

    @Test
    void shouldSuggestMentorsBestFirstWithTheirReasons() {
        String mentee = person("mentees", "2512", null, Map.of());
        String sameGroup = person("mentors", "2511", null, Map.of());
        String sameCode = person("mentors", "2512", null, Map.of());
        String sameMajorGroup = person("mentors", "2421", null, Map.of());

        JsonPath suggestions = suggestions("mentees", mentee);

        assertThat(suggestions.<String>getList("items.id")).containsExactly(sameCode, sameGroup, sameMajorGroup);
        List<Integer> qualities = suggestions.getList("items.quality");
        assertThat(qualities).isSortedAccordingTo(Comparator.reverseOrder()).allSatisfy(q -> assertThat(q).isBetween(0, 100));
        assertThat(qualities.get(0)).isGreaterThan(qualities.get(2));
        assertThat(suggestions.<Integer>getList("items.freeCapacity")).containsOnly(1);
        assertThat(suggestions.<String>getList("items[0].reasons.constraint")).contains("Field closeness");
        assertThat(suggestions.<String>getList("items[0].reasons.description"))
                .contains("Occupation codes 2512 and 2512 share 4 of 4 digits.");
        assertThat(suggestions(cohort, "mentees", mentee, 2).<String>getList("items.id")).containsExactly(sameCode, sameGroup);
    }

    @Test
    void shouldGiveTheReasonsAProposalOfARunGives() {
        String mentee = person("mentees", "2512", "LEGO", Map.of("interests", List.of("Chess"), "homeCountry", "BR"));
        String mentor = person("mentors", "2511", "Maersk", Map.of("interests", List.of("chess"), "markets", List.of("BR")));
        String runId = Runs.runToEnd(cohort.path(), 1);
        Map<String, Object> proposal = given().when().get(cohort.path() + "/match-runs/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath().getMap("items[0]");
        assertThat(proposal.get("mentorId")).isEqualTo(mentor);

        Map<String, Object> suggestion = suggestions("mentees", mentee).getMap("items[0]");

        assertThat(suggestion.get("quality")).isEqualTo(proposal.get("quality"));
        assertThat(suggestion.get("reasons")).isEqualTo(proposal.get("reasons"));
        assertThat(suggestions("mentors", mentor).getMap("items[0]")).containsEntry("id", mentee)
                .containsEntry("reasons", proposal.get("reasons"));
    }

    @Test
    void shouldNeverSuggestAnExcludedPairAFullMentorOrAnEndedPair() {
        String mentee = person("mentees", "2512", null, Map.of());
        String excluded = person("mentors", "2512", null, Map.of());
        given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee, "mentorId", excluded, "reason", "Neighbours"))
                .when().post(cohort.path() + "/exclusions").then().statusCode(201);
        String full = person("mentors", "2512", null, Map.of());
        handMatch(person("mentees", "2512", null, Map.of()), full);
        String free = person("mentors", "2511", null, Map.of());

        assertThat(suggestions("mentees", mentee).<String>getList("items.id")).containsExactly(free);
        assertThat(suggestions("mentors", excluded).<String>getList("items.id")).doesNotContain(mentee);

        String leaving = person("mentees", "2512", null, Map.of());
        String former = person("mentors", "2512", null, Map.of());
        String match = handMatch(leaving, former);
        given().when().post(cohort.path() + "/publish").then().statusCode(200);
        String version = given().when().get(cohort.path() + "/matches/{id}", match).then().extract().path("version").toString();
        given().contentType(ContentType.JSON).header("If-Match", "\"" + version + "\"")
                .body("{\"status\": \"ENDED\", \"reason\": \"Moved on\"}")
                .when().patch(cohort.path() + "/matches/{id}", match).then().statusCode(200);
        assertThat(suggestions("mentees", leaving).<String>getList("items.id"))
                .as("a pair that ended is not suggested again").doesNotContain(former).contains(free);
        assertThat(suggestions("mentors", former).<String>getList("items.id")).doesNotContain(leaving);
    }

    @Test
    void shouldLeaveOutColleaguesUnderTheEmployerRuleDifferent() {
        String mentee = person("mentees", "2512", "LEGO", Map.of());
        String colleague = person("mentors", "2512", "lego ", Map.of());
        String other = person("mentors", "2512", "Maersk", Map.of());

        assertThat(suggestions("mentees", mentee).<String>getList("items.id")).containsExactly(other);
        assertThat(suggestions("mentors", colleague).<String>getList("items.id")).isEmpty();

        given().contentType(ContentType.JSON).body("{\"employerRule\": \"SAME\"}")
                .when().put(cohort.path() + "/matching-policy").then().statusCode(200);
        assertThat(suggestions("mentees", mentee).<String>getList("items.id")).containsExactly(colleague);
    }

    @Test
    void shouldSuggestAlternativesToAMenteeWhoHasAMatch() {
        String mentee = person("mentees", "2512", null, Map.of());
        String own = person("mentors", "2512", null, Map.of("capacity", 2));
        String alternative = person("mentors", "2511", null, Map.of());
        handMatch(mentee, own);

        JsonPath suggestions = suggestions("mentees", mentee);

        assertThat(suggestions.<String>getList("items.id")).containsExactly(alternative);
        assertThat(suggestions("mentors", own).<String>getList("items.id"))
                .as("a mentee with a match is not suggested to mentors").doesNotContain(mentee);
    }

    @Test
    void shouldSuggestOnlyMenteesWhoAreFreeAndStillTakingPart() {
        String mentor = person("mentors", "2512", null, Map.of());
        String matched = person("mentees", "2512", null, Map.of());
        handMatch(matched, person("mentors", "2512", null, Map.of()));
        String withdrawn = person("mentees", "2512", null, Map.of());
        given().contentType(ContentType.JSON).body("{\"reason\": \"MOVED_AWAY\"}")
                .when().post(cohort.path() + "/mentees/{id}/withdrawal", withdrawn).then().statusCode(200);
        String weaker = person("mentees", "2421", null, Map.of());
        String free = person("mentees", "2511", null, Map.of());

        assertThat(suggestions("mentors", mentor).<String>getList("items.id")).containsExactly(free, weaker);
        assertThat(suggestions("mentors", mentor).<Object>getList("items.freeCapacity")).containsOnlyNulls();
        problem(given().when().get(cohort.path() + "/mentees/{id}/suggestions", withdrawn).then(), 409)
                .body("type", endsWith("/withdrawn"));
    }

    @Test
    void shouldNeverSuggestSomeoneARunWouldLeaveOut() {
        Map<String, Object> consenting = Map.of("consent", Map.of("basis", "CONSENT", "version", "2026-01"));
        String mentee = person("mentees", "2512", null, consenting);
        String mentor = person("mentors", "2511", null, consenting);
        String unrecorded = person("mentors", "2512", null, Map.of());
        String email = TestCohort.uniqueEmail("example.dk");
        String erased = person("mentors", "2512", null, Map.of("email", email));
        given().contentType(ContentType.JSON).body(Map.of("email", email, "reason", "Asked to be forgotten"))
                .when().post("/programmes/" + cohort.programmeId() + "/personal-data/erasure").then().statusCode(200);
        assertThat(suggestions("mentees", mentee).<String>getList("items.id")).containsExactly(unrecorded, mentor)
                .doesNotContain(erased);

        given().contentType("application/merge-patch+json").body("{\"matchingBases\": [\"CONSENT\"]}")
                .when().patch("/programmes/" + cohort.programmeId()).then().statusCode(200);
        String menteeUnrecorded = person("mentees", "2512", null, Map.of());

        assertThat(suggestions("mentees", mentee).<String>getList("items.id")).containsExactly(mentor);
        assertThat(suggestions("mentors", mentor).<String>getList("items.id")).containsExactly(mentee);
        problem(given().when().get(cohort.path() + "/mentees/{id}/suggestions", menteeUnrecorded).then(), 409)
                .body("type", endsWith("/no-allowed-consent-basis"));
        problem(given().when().get(cohort.path() + "/mentors/{id}/suggestions", erased).then(), 409)
                .body("type", endsWith("/anonymised"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseALimitOutside1To50AndAnUnknownPerson() {
        String mentee = person("mentees", "2512", null, Map.of());
        for (String kind : List.of("mentees", "mentors")) {
            String id = kind.equals("mentees") ? mentee : person("mentors", "2512", null, Map.of());
            for (int limit : List.of(0, 51)) {
                problem(given().queryParam("limit", limit).when().get(cohort.path() + "/" + kind + "/{id}/suggestions", id)
                        .then(), 400).body("violations.field", hasItem("limit"));
            }
            problem(given().when().get(cohort.path() + "/" + kind + "/{id}/suggestions", UUID.randomUUID()).then(), 404)
                    .body("status", equalTo(404));
        }
        problem(given().when().get(cohort.path() + "/mentors/{id}/suggestions", mentee).then(), 404);
    }

    /** A person who shares English with everyone; {@code employer} null for none known. */
    private String person(String kind, String field, String employer, Map<String, Object> more) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Kim", "email",
                TestCohort.uniqueEmail("example.dk"), "field", field, "languages", List.of("en")));
        if (employer != null) {
            body.put("employer", employer);
        }
        body.putAll(more);
        return cohort.post(kind, body);
    }

    private String handMatch(String mentee, String mentor) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee, "mentorId", mentor, "reason", "They met at the kick-off"))
                .when().post(cohort.path() + "/matches").then().statusCode(201).extract().path("id");
    }

    private JsonPath suggestions(String kind, String id) {
        return suggestions(cohort, kind, id, 5);
    }

    private static JsonPath suggestions(TestCohort cohort, String kind, String id, int limit) {
        return given().queryParam("limit", limit).when().get(cohort.path() + "/" + kind + "/{id}/suggestions", id)
                .then().statusCode(200).extract().jsonPath();
    }
}
