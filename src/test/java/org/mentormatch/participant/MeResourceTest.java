package org.mentormatch.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentormatch.api.MergePatch;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class MeResourceTest {

    @Test
    void shouldShowTheOwnProfileWithoutAMatchFieldBeforeMatching() {
        Pair pair = new Pair();
        given().auth().oauth2(pair.menteeToken()).when().get("/me").then().statusCode(200)
                .header("ETag", "\"0\"")
                .body("displayName", equalTo("Ana Lima"))
                .body("email", equalTo(pair.menteeEmail))
                .body("interests", contains("Running"))
                .body("wishes.note", equalTo("Management"))
                .body("matches", nullValue());
    }

    @Test
    void shouldShowTheCounterpartAndTheirAddressOnlyOncePublished() {
        Pair pair = new Pair().accepted();
        String mentee = pair.menteeToken();
        given().auth().oauth2(mentee).when().get("/me").then().statusCode(200)
                .body("matches[0].id", equalTo(pair.matchId))
                .body("matches[0].status", equalTo("ACCEPTED"))
                .body("matches[0].counterpart.displayName", equalTo("Mette Hansen"))
                .body("matches[0].counterpart.field", equalTo("2511"))
                .body("matches[0].counterpart.languages", contains("da", "en"))
                .body("matches[0].counterpart.region", equalTo("DK-84"))
                .body("matches[0].counterpart.email", nullValue());

        pair.published();
        given().auth().oauth2(mentee).when().get("/me").then().statusCode(200)
                .body("matches[0].status", equalTo("PUBLISHED"))
                .body("matches[0].counterpart.email", equalTo(pair.mentorEmail));
        given().auth().oauth2(pair.mentorToken()).when().get("/me").then().statusCode(200)
                .body("kind", equalTo("MENTOR"))
                .body("wishes", nullValue())
                .body("matches[0].counterpart.displayName", equalTo("Ana Lima"))
                .body("matches[0].counterpart.email", equalTo(pair.menteeEmail));
    }

    @Test
    void shouldChangeOwnWishesInterestsAndAvailabilityOnTheVersionRead() {
        Pair pair = new Pair();
        String token = pair.menteeToken();
        Response changed = given().auth().oauth2(token).contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body("{\"availabilityNote\": \"Evenings\", \"interests\": [\"Chess\"], "
                        + "\"wishes\": {\"note\": null, \"preferredLanguages\": [\"EN\"]}}")
                .when().patch("/me");
        changed.then().statusCode(200).header("ETag", "\"1\"")
                .body("availabilityNote", equalTo("Evenings"))
                .body("wishes.preferredLanguages", contains("en"))
                .body("wishes.preferredFields", contains("25"))
                .body("wishes.note", nullValue());
        // The coordinator reads what the participant wrote.
        given().when().get(pair.cohort.path() + "/mentees/" + pair.menteeId).then().statusCode(200)
                .body("availabilityNote", equalTo("Evenings"))
                .body("interests", contains("Chess"))
                .body("email", equalTo(pair.menteeEmail));
    }

    @Test
    void shouldLetAMentorChangeTheirAvailability() {
        Pair pair = new Pair();
        given().auth().oauth2(pair.mentorToken()).contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body("{\"availabilityNote\": \"Mornings\"}")
                .when().patch("/me").then().statusCode(200).body("availabilityNote", equalTo("Mornings"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseAnyOtherMemberNamingIt() {
        Pair pair = new Pair();
        String mentee = pair.menteeToken();
        problem(given().auth().oauth2(mentee).contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body("{\"email\": \"me@example.org\", \"availabilityNote\": \"Evenings\"}").when().patch("/me").then(), 400)
                .body("violations.field", contains("email"));
        problem(given().auth().oauth2(mentee).contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body("{\"wishes\": {\"mentor\": \"Mette\"}}").when().patch("/me").then(), 400)
                .body("violations.field", contains("wishes.mentor"));
        problem(given().auth().oauth2(pair.mentorToken()).contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body("{\"capacity\": 5, \"wishes\": {}}").when().patch("/me").then(), 400)
                .body("violations.field", hasItem("capacity"))
                .body("violations.field", hasItem("wishes"));
        problem(given().auth().oauth2(mentee).contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"0\"")
                .body("{\"availabilityNote\": \"" + "x".repeat(2001) + "\"}").when().patch("/me").then(), 400)
                .body("violations.field", contains("availabilityNote"));
        given().when().get(pair.cohort.path() + "/mentees/" + pair.menteeId).then().body("version", equalTo(0));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseAStaleOrMissingIfMatch() {
        Pair pair = new Pair();
        String mentee = pair.menteeToken();
        problem(given().auth().oauth2(mentee).contentType(MergePatch.MEDIA_TYPE).header("If-Match", "\"7\"")
                .body("{\"availabilityNote\": \"Evenings\"}").when().patch("/me").then(), 412)
                .body("currentETag", equalTo("\"0\""));
        problem(given().auth().oauth2(mentee).contentType(MergePatch.MEDIA_TYPE)
                .body("{\"availabilityNote\": \"Evenings\"}").when().patch("/me").then(), 428)
                .body("type", equalTo("https://mentor-match.org/problems/if-match-required"));
    }

    @Test
    void shouldExportTheOwnProfile() {
        Pair pair = new Pair().accepted();
        given().auth().oauth2(pair.menteeToken()).when().post("/me/personal-data/export").then().statusCode(200)
                .body("programmeId", equalTo(pair.programmeId()))
                .body("profiles.mentee.id", contains(pair.menteeId))
                .body("profiles[0].matches[0].match.id", equalTo(pair.matchId));
        String audit = given().when().get(pair.cohort.path() + "/audit").then().statusCode(200).extract().asString();
        assertThat(audit).contains("PERSONAL_DATA_EXPORTED");
    }

    @Test
    void shouldRefuseMeToEveryOtherRole() {
        Pair pair = new Pair();
        for (String token : List.of(TestTokens.admin(), TestTokens.coordinator("anna", pair.programmeId()),
                TestTokens.viewer("vera", pair.programmeId()))) {
            problem(given().auth().oauth2(token).when().get("/me").then(), 403);
        }
    }
}
