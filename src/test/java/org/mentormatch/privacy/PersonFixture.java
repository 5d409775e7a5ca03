package org.mentormatch.privacy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * One person with a full trail through a programme of their own, made through the API: a mentee in one cohort
 * (matched by a run, accepted, rated, excluded from one mentor, ranking two mentors, declined by one) and a mentor
 * in another (matched by hand against a rule, accepting that mentee). Their address, in various cases, is quoted in every kind of free text the programme has.
 */
final class PersonFixture {

    private final String suffix = UUID.randomUUID().toString().substring(0, 8);
    /** The address as the service stores it. */
    final String email = "li.wei.%s@example.com".formatted(suffix);
    /** The address as the person wrote it on their form. */
    final String typed = "Li.Wei.%s@Example.COM".formatted(suffix);
    /** The address as a coordinator might type it in a note. */
    final String shouted = email.toUpperCase(Locale.ROOT);
    final String programmeId;
    final String menteeCohortId;
    final String mentorCohortId;
    private final TestCohort menteeCohort;
    private final TestCohort mentorCohort;
    final String menteeId;
    final String mentorId;
    final String matchedMentorId;
    final String excludedMentorId;
    final String friendId;
    final String runId;
    final String runMatchId;
    final String handMatchedMenteeId;
    final String handMatchId;

    PersonFixture() {
        programmeId = given().contentType(ContentType.JSON)
                .body(Map.of("name", "Privacy " + UUID.randomUUID(), "description", "Founded on advice of " + shouted))
                .when().post("/programmes").then().statusCode(201).extract().path("id");
        menteeCohort = TestCohort.in(programmeId);
        mentorCohort = menteeCohort.sibling();
        menteeCohortId = menteeCohort.cohortId();
        mentorCohortId = mentorCohort.cohortId();

        menteeId = menteeCohort.post("mentees", """
                {"displayName": "Li Wei", "email": "%s", "field": "2512", "educationLevel": 7, "yearsOfExperience": 6,
                 "skills": ["java"], "interests": ["sailing"], "languages": ["en", "zh"], "region": "DK-84",
                 "homeCountry": "CN", "employer": "Lego",
                 "consent": {"basis": "CONSENT", "version": "2026-01", "givenAt": "2026-01-15T09:30:00Z"},
                 "wishes": {"preferredFields": ["25"], "note": "Evenings suit me best"}}""".formatted(typed));
        matchedMentorId = menteeCohort.post("mentors", mentor("Mette", List.of("en")));
        excludedMentorId = menteeCohort.post("mentors", mentor("Jonas", List.of("en")));
        friendId = menteeCohort.post("mentees", Map.of("displayName", "Ana", "email", unique(), "field", "2512",
                "languages", List.of("en"), "wishes", Map.of("note", "A friend of " + email)));
        given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", menteeId, "mentorId", excludedMentorId, "reason", "Neighbours of " + shouted))
                .when().post(cohort(menteeCohortId) + "/exclusions").then().statusCode(201);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("affinities", List.of(Map.of("menteeId", menteeId, "mentorId", matchedMentorId, "score", 40))))
                .when().put(cohort(menteeCohortId) + "/affinities").then().statusCode(200);

        // No step limit: a cohort this small offers too few moves to reach one, so the run would wait out its time.
        runId = Runs.runToEnd(cohort(menteeCohortId), "{\"seed\": 1, \"timeLimitSeconds\": 10}");
        Runs.adopt(cohort(menteeCohortId), runId);
        Map<String, Object> proposed = Runs.matches(cohort(menteeCohortId), "PROPOSED").stream()
                .filter(match -> menteeId.equals(match.get("menteeId"))).findFirst().orElseThrow();
        assertThat(proposed.get("mentorId")).isEqualTo(matchedMentorId);
        runMatchId = (String) proposed.get("id");
        // Decided by the person themself, so their address is also an audit actor.
        given().contentType(ContentType.JSON).auth().oauth2(TestTokens.coordinator(email, programmeId))
                .header("If-Match", "\"" + proposed.get("version") + "\"")
                .body(Map.of("status", "ACCEPTED", "reason", "Confirmed by " + shouted))
                .when().patch(cohort(menteeCohortId) + "/matches/{id}", runMatchId).then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("reason", "MOVED_AWAY", "note", "Moved in with " + email))
                .when().post(cohort(menteeCohortId) + "/mentees/{id}/withdrawal", friendId).then().statusCode(200);

        mentorId = mentorCohort.post("mentors", Map.of("displayName", "Li Wei", "email", email, "field", "2512",
                "languages", List.of("zh"), "markets", List.of("CN"), "capacity", 2, "employer", "Lego"));
        handMatchedMenteeId = mentorCohort.post("mentees", Map.of("displayName", "Søren", "email", unique(),
                "field", "2512", "languages", List.of("da")));
        handMatchId = given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", handMatchedMenteeId, "mentorId", mentorId,
                        "override", Map.of("reason", "Interpreter arranged by " + email)))
                .when().post(cohort(mentorCohortId) + "/matches").then().statusCode(201).extract().path("id");

        // What they stated, and what others stated about them.
        state(cohort(menteeCohortId) + "/mentees/" + menteeId, Map.of("ranked", List.of(matchedMentorId, excludedMentorId)));
        state(cohort(menteeCohortId) + "/mentors/" + excludedMentorId, Map.of("declines", List.of(friendId, menteeId)));
        state(cohort(mentorCohortId) + "/mentors/" + mentorId, Map.of("accepts", List.of(handMatchedMenteeId)));
    }

    private static void state(String profile, Map<String, Object> preferences) {
        given().contentType(ContentType.JSON).body(preferences).when().put(profile + "/preferences")
                .then().statusCode(200);
    }

    String cohort(String cohortId) {
        return new TestCohort(programmeId, cohortId).path();
    }

    private static Map<String, Object> mentor(String name, List<String> languages) {
        return Map.of("displayName", name, "email", unique(), "field", "2511", "languages", languages,
                "interests", List.of("sailing"));
    }

    private static String unique() {
        return TestCohort.uniqueEmail("example.org");
    }
}
