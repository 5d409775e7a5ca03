package org.mentormatch.preference;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/** PUT|GET …/mentees/{id}/preferences, …/mentors/{id}/preferences and /me/preferences. */
@QuarkusTest
class PreferenceResourceTest {

    private TestCohort cohort;
    private String mentee;
    private String mentor;
    private String secondMentor;

    @BeforeEach
    void cohort() {
        cohort = TestCohort.create();
        mentee = cohort.mentee();
        mentor = cohort.mentor();
        secondMentor = cohort.mentor();
    }

    @Test
    void shouldRankMentorsOnTheVersionRead() {
        given().when().get(menteePath()).then().statusCode(200).header("ETag", "\"0\"")
                .body("ranked", empty()).body("accepts", nullValue()).body("version", equalTo(0));
        put(menteePath(), "\"0\"", Map.of("ranked", List.of(secondMentor, mentor))).then().statusCode(200)
                .header("ETag", "\"1\"").body("ranked", contains(secondMentor, mentor));
        problem(put(menteePath(), "\"0\"", Map.of("ranked", List.of(mentor))).then(), 412);
        given().when().get(menteePath()).then().statusCode(200).body("ranked", contains(secondMentor, mentor));
        // Without If-Match a coordinator's write goes ahead, as for the matching policy.
        put(menteePath(), null, Map.of("ranked", List.of())).then().statusCode(200).header("ETag", "\"2\"")
                .body("ranked", empty());
    }

    @Test
    void shouldNameEachRankedEntryThatIsNoMentorOfTheCohortOrIsRepeated() {
        String elsewhere = cohort.sibling().mentor();
        problem(put(menteePath(), null, Map.of("ranked", List.of(mentor, elsewhere, mentor, mentee,
                UUID.randomUUID().toString()))).then(), 400)
                .body("violations.field", contains("ranked[1]", "ranked[2]", "ranked[3]", "ranked[4]"));
        problem(put(menteePath(), null, Map.of("ranked", List.of(mentor), "accepts", List.of(mentee))).then(), 400)
                .body("violations.field", contains("accepts"));
        given().when().get(menteePath()).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseMoreThanTenRankedMentors() {
        List<String> eleven = new ArrayList<>();
        for (int i = 0; i < 11; i++) {
            eleven.add(cohort.mentor());
        }
        problem(put(menteePath(), null, Map.of("ranked", eleven)).then(), 400)
                .body("violations.field", contains("ranked"));
    }

    @Test
    void shouldLetAMentorAcceptAndDeclineButNotBoth() {
        String other = cohort.mentee();
        String path = cohort.path() + "/mentors/" + mentor + "/preferences";
        given().when().get(path).then().statusCode(200).body("accepts", empty()).body("declines", empty())
                .body("ranked", nullValue());
        problem(put(path, null, Map.of("accepts", List.of(mentee), "declines", List.of(other, mentee))).then(), 400)
                .body("violations.field", contains("declines[1]"));
        problem(put(path, null, Map.of("ranked", List.of(mentor))).then(), 400)
                .body("violations.field", contains("ranked"));
        put(path, "\"0\"", Map.of("accepts", List.of(mentee), "declines", List.of(other))).then().statusCode(200)
                .header("ETag", "\"1\"").body("accepts", contains(mentee)).body("declines", contains(other));
    }

    @Test
    void shouldAnswer404ForSomeoneOfAnotherCohort() {
        String elsewhere = cohort.sibling().mentee();
        problem(given().when().get(cohort.path() + "/mentees/" + elsewhere + "/preferences").then(), 404);
        problem(put(cohort.path() + "/mentors/" + mentee + "/preferences", null, Map.of("accepts", List.of())).then(),
                404);
    }

    @Test
    void shouldLetAParticipantStateTheirOwnChoicesOnTheVersionRead() {
        String menteeToken = token("mentees", mentee);
        given().auth().oauth2(menteeToken).when().get("/me/preferences").then().statusCode(200)
                .header("ETag", "\"0\"").body("ranked", empty());
        problem(given().auth().oauth2(menteeToken).contentType(ContentType.JSON)
                .body(Map.of("ranked", List.of(mentor))).when().put("/me/preferences").then(), 428);
        // Their connection shows them no mentor they are not matched with, yet any mentor of the cohort may be ranked.
        given().auth().oauth2(menteeToken).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("ranked", List.of(secondMentor, mentor))).when().put("/me/preferences")
                .then().statusCode(200).header("ETag", "\"1\"").body("ranked", contains(secondMentor, mentor));
        problem(given().auth().oauth2(menteeToken).contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body(Map.of("ranked", List.of(cohort.sibling().mentor()))).when().put("/me/preferences").then(), 400)
                .body("violations.field", contains("ranked[0]"));
        given().when().get(menteePath()).then().statusCode(200).body("ranked", contains(secondMentor, mentor));

        String mentorToken = token("mentors", mentor);
        given().auth().oauth2(mentorToken).contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(Map.of("declines", List.of(mentee))).when().put("/me/preferences")
                .then().statusCode(200).body("declines", contains(mentee)).body("accepts", empty());
        given().when().get(cohort.path() + "/mentors/" + mentor + "/preferences").then().statusCode(200)
                .body("declines", containsInAnyOrder(mentee));
    }

    private String menteePath() {
        return cohort.path() + "/mentees/" + mentee + "/preferences";
    }

    private static io.restassured.response.Response put(String path, String ifMatch, Object body) {
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().put(path);
    }

    /** {@code kind} is the collection, mentees or mentors. */
    private String token(String kind, String profileId) {
        return given().contentType(ContentType.JSON).body("{\"validForDays\": 10}")
                .when().post(cohort.path() + "/" + kind + "/" + profileId + "/invitation")
                .then().statusCode(201).extract().path("token");
    }
}
