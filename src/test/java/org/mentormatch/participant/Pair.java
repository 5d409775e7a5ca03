package org.mentormatch.participant;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.mentormatch.support.TestCohort;

/** A cohort with one mentee and one mentor who may become a pair, made through the API for one test. */
final class Pair {

    final TestCohort cohort = TestCohort.create();
    final String menteeEmail = TestCohort.uniqueEmail("example.org");
    final String mentorEmail = TestCohort.uniqueEmail("example.dk");
    final String menteeId = cohort.post("mentees", Map.of("displayName", "Ana Lima", "email", menteeEmail, "field", "2512",
            "languages", List.of("pt", "en"), "interests", List.of("Running"),
            "wishes", Map.of("preferredFields", List.of("25"), "note", "Management")));
    final String mentorId = cohort.post("mentors", Map.of("displayName", "Mette Hansen", "email", mentorEmail,
            "field", "2511", "languages", List.of("da", "en"), "region", "DK-84"));
    String matchId;

    String programmeId() {
        return cohort.programmeId();
    }

    /** Hand-matched, so ACCEPTED. */
    Pair accepted() {
        matchId = given().contentType(ContentType.JSON).body(Map.of("menteeId", menteeId, "mentorId", mentorId))
                .when().post(cohort.path() + "/matches").then().statusCode(201).extract().path("id");
        return this;
    }

    Pair published() {
        given().contentType(ContentType.JSON).when().post(cohort.path() + "/publish").then().statusCode(200);
        return this;
    }

    /** {@code kind} is the collection, mentees or mentors. */
    JsonPath invite(String kind, String profileId) {
        return given().contentType(ContentType.JSON).body("{\"validForDays\": 10}")
                .when().post(cohort.path() + "/" + kind + "/" + profileId + "/invitation")
                .then().statusCode(201).extract().jsonPath();
    }

    String menteeToken() {
        return invite("mentees", menteeId).getString("token");
    }

    String mentorToken() {
        return invite("mentors", mentorId).getString("token");
    }
}
