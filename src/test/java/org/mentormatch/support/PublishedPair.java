package org.mentormatch.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;

/** A pair made by hand in a fresh cohort, accepted and (unless asked not to) published: the start of a year. */
public record PublishedPair(TestCohort cohort, String matchId, String menteeId, String mentorId) {

    public static PublishedPair create() {
        return create(TestCohort.create());
    }

    /** A published pair in this cohort. */
    public static PublishedPair create(TestCohort cohort) {
        PublishedPair pair = accepted(cohort);
        given().when().post(cohort.path() + "/publish").then().statusCode(200);
        return pair;
    }

    /** An accepted pair that is not published yet. */
    public static PublishedPair accepted(TestCohort cohort) {
        String mentee = cohort.mentee();
        String mentor = cohort.mentor();
        String match = given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee, "mentorId", mentor, "reason", "They met at the kick-off",
                        "override", Map.of("reason", "Test pair")))
                .when().post(cohort.path() + "/matches")
                .then().statusCode(201)
                .extract().path("id");
        return new PublishedPair(cohort, match, mentee, mentor);
    }

    public String path() {
        return cohort.path() + "/matches/" + matchId;
    }
}
