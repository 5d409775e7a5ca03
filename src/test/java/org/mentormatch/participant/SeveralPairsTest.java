package org.mentormatch.participant;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/**
 * A mentor with two mentees records meetings and feedback on the pair they mean: through /me they name it with
 * {@code matchId} (400 when they do not, 404 for a match that is not theirs), and their page lets them choose.
 */
@QuarkusTest
class SeveralPairsTest {

    private TestCohort cohort;
    private String mentor;
    private String first;
    private String second;
    private String token;

    @BeforeEach
    void twoPublishedPairs() {
        cohort = TestCohort.create();
        mentor = cohort.post("mentors", Map.of("displayName", "Mette", "email", TestCohort.uniqueEmail("example.dk"),
                "field", "2511", "languages", List.of("da"), "capacity", 2));
        first = pair(cohort.mentee());
        second = pair(cohort.mentee());
        given().when().post(cohort.path() + "/publish").then().statusCode(200);
        token = given().contentType(ContentType.JSON).body("{}")
                .when().post(cohort.path() + "/mentors/" + mentor + "/invitation").then().statusCode(201)
                .extract().path("token");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldAskAMentorWithSeveralPairsWhichOneTheyMean() {
        problem(given().auth().oauth2(token).contentType(ContentType.JSON).body(meeting())
                .when().post("/me/check-ins").then(), 400)
                .body("violations.field", hasItem("matchId"));
        problem(given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("fit", 4, "continue", true))
                .when().post("/me/feedback").then(), 400)
                .body("violations.field", hasItem("matchId"));

        given().auth().oauth2(token).queryParam("matchId", second).contentType(ContentType.JSON).body(meeting())
                .when().post("/me/check-ins").then().statusCode(201).body("matchId", equalTo(second));
        given().when().get(cohort.path() + "/matches/" + second).then().statusCode(200).body("checkIns", equalTo(1));
        given().when().get(cohort.path() + "/matches/" + first).then().statusCode(200).body("checkIns", equalTo(0));
        given().auth().oauth2(token).queryParam("matchId", first).when().get("/me/feedback").then().statusCode(200)
                .body("matchId", equalTo(first));

        TestCohort elsewhere = cohort.sibling();
        String strangers = given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", elsewhere.mentee(), "mentorId", elsewhere.mentor(), "override", Map.of("reason", "Test")))
                .when().post(elsewhere.path() + "/matches").then().statusCode(201).extract().path("id");
        problem(given().auth().oauth2(token).queryParam("matchId", strangers).contentType(ContentType.JSON).body(meeting())
                .when().post("/me/check-ins").then(), 404);
        problem(given().auth().oauth2(token).queryParam("matchId", UUID.randomUUID()).when().get("/me/feedback").then(), 404);
    }

    @Test
    void shouldLetTheMentorChooseThePairOnTheirPage() {
        Document page = Jsoup.parse(given().when().get("/participant/" + token).then().statusCode(200).extract().asString());
        List<String> choices = page.select("#check-in-match option").eachAttr("value");
        assertThat(choices).containsExactlyInAnyOrder(first, second);
        assertThat(page.select("label[for=check-in-match]")).hasSize(1);

        given().redirects().follow(false).contentType(ContentType.URLENC)
                .formParam("date", LocalDate.now(ZoneOffset.UTC).toString()).formParam("minutes", "30")
                .formParam("mode", "PHONE").formParam("matchId", first)
                .when().post("/participant/" + token + "/check-ins").then().statusCode(303);
        given().when().get(cohort.path() + "/matches/" + first).then().statusCode(200).body("checkIns", equalTo(1));

        Document refused = Jsoup.parse(given().contentType(ContentType.URLENC)
                .formParam("date", LocalDate.now(ZoneOffset.UTC).toString()).formParam("minutes", "30")
                .formParam("mode", "PHONE")
                .when().post("/participant/" + token + "/check-ins").then().statusCode(400).extract().asString());
        assertThat(refused.select("#check-in-match-error")).hasSize(1);
    }

    private String pair(String mentee) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee, "mentorId", mentor, "override", Map.of("reason", "Test pair")))
                .when().post(cohort.path() + "/matches").then().statusCode(201).extract().path("id");
    }

    private static Map<String, Object> meeting() {
        return Map.of("date", LocalDate.now(ZoneOffset.UTC).toString(), "minutes", 60, "mode", "IN_PERSON");
    }
}
