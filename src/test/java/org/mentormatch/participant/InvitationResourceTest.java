package org.mentormatch.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class InvitationResourceTest {

    @ParameterizedTest
    @ValueSource(strings = {"mentees", "mentors"})
    void shouldInviteWithALinkToThePageAndATokenForMe(String kind) {
        Pair pair = new Pair();
        String profileId = kind.equals("mentees") ? pair.menteeId : pair.mentorId;
        JsonPath invitation = pair.invite(kind, profileId);

        String token = invitation.getString("token");
        assertThat(invitation.getString("link")).isEqualTo(RestAssured.baseURI + ":" + RestAssured.port + "/participant/" + token);
        assertThat(Instant.parse(invitation.getString("expiresAt")))
                .isBetween(Instant.now().plus(Duration.ofDays(10)).minusSeconds(60), Instant.now().plus(Duration.ofDays(10)));
        given().auth().oauth2(token).when().get("/me").then().statusCode(200)
                .body("id", equalTo(profileId))
                .body("kind", equalTo(kind.equals("mentees") ? "MENTEE" : "MENTOR"))
                .body("programmeId", equalTo(pair.programmeId()));
    }

    @Test
    void shouldBeValidForThirtyDaysWithoutABody() {
        Pair pair = new Pair();
        String expiresAt = given().contentType(ContentType.JSON).when().post(pair.cohort.path() + "/mentees/" + pair.menteeId + "/invitation")
                .then().statusCode(201).extract().path("expiresAt");
        assertThat(Instant.parse(expiresAt)).isAfter(Instant.now().plus(Duration.ofDays(30)).minusSeconds(60));
    }

    /** A token already verified and in use is refused from the moment the invitation is replaced, not when it expires. */
    @Test
    void shouldRefuseATokenInUseAtOnceWhenInvitedAgain() {
        Pair pair = new Pair();
        String first = pair.menteeToken();
        given().auth().oauth2(first).when().get("/me").then().statusCode(200);

        pair.menteeToken();
        problem(given().auth().oauth2(first).when().get("/me").then(), 401);
    }

    @Test
    void shouldRefuseTheEarlierTokenOnceInvitedAgain() {
        Pair pair = new Pair();
        String first = pair.menteeToken();
        String second = pair.menteeToken();

        problem(given().auth().oauth2(first).when().get("/me").then(), 401);
        given().auth().oauth2(second).when().get("/me").then().statusCode(200);
    }

    @Test
    void shouldRefuseAnExpiredParticipantToken() {
        Pair pair = new Pair();
        problem(given().auth().oauth2(TestTokens.expiredParticipant(pair.menteeId, pair.programmeId()))
                .when().get("/me").then(), 401);
    }

    @Test
    void shouldAuditTheInvitationWithoutTheToken() {
        Pair pair = new Pair();
        String token = pair.menteeToken();
        String audit = given().when().get(pair.cohort.path() + "/audit").then().statusCode(200)
                .body("items.action", hasItem("PARTICIPANT_INVITED"))
                .extract().asString();
        assertThat(audit).doesNotContain(token).doesNotContain(token.substring(token.lastIndexOf('.') + 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"validForDays\": 0}", "{\"validForDays\": 366}", "{\"validForDays\": \"soon\"}",
        "{\"validForDays\": 30, \"role\": \"admin\"}"})
    @RequestsOutsideTheContract
    void shouldRefuseABadBody(String body) {
        Pair pair = new Pair();
        problem(given().contentType(ContentType.JSON).body(body)
                .when().post(pair.cohort.path() + "/mentees/" + pair.menteeId + "/invitation").then(), 400);
    }

    @Test
    void shouldNotInviteAWithdrawnOrAnonymisedParticipant() {
        Pair pair = new Pair();
        given().contentType(ContentType.JSON).body(Map.of("reason", "MOVED_AWAY"))
                .when().post(pair.cohort.path() + "/mentees/" + pair.menteeId + "/withdrawal").then().statusCode(200);
        problem(given().contentType(ContentType.JSON).body("{}")
                .when().post(pair.cohort.path() + "/mentees/" + pair.menteeId + "/invitation").then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/withdrawn"));

        given().contentType(ContentType.JSON).body(Map.of("email", pair.mentorEmail, "reason", "Asked to be forgotten"))
                .when().post("/programmes/" + pair.programmeId() + "/personal-data/erasure").then().statusCode(200);
        problem(given().contentType(ContentType.JSON).body("{}")
                .when().post(pair.cohort.path() + "/mentors/" + pair.mentorId + "/invitation").then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/anonymised"));
    }

    @Test
    void shouldAnswer404ForSomeoneNotInTheCohort() {
        Pair pair = new Pair();
        Pair other = new Pair();
        problem(given().contentType(ContentType.JSON).body("{}")
                .when().post(pair.cohort.path() + "/mentees/" + other.menteeId + "/invitation").then(), 404);
        problem(given().contentType(ContentType.JSON).body("{}")
                .when().post(pair.cohort.path() + "/mentors/" + pair.menteeId + "/invitation").then(), 404);
    }

    @Test
    void shouldLetNoViewerInvite() {
        Pair pair = new Pair();
        problem(given().auth().oauth2(TestTokens.viewer("vera", pair.programmeId())).contentType(ContentType.JSON).body("{}")
                .when().post(pair.cohort.path() + "/mentees/" + pair.menteeId + "/invitation").then(), 403);
    }
}
