package org.mentormatch.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.PublishedPair;

/**
 * A pair's meetings and feedback are both sides' personal data: exported with either of them, and their own words
 * (notes, topics, comments) erased with either of them, while the dates, minutes and fit stay for the reports; the
 * erased participant's invitation is withdrawn.
 */
@QuarkusTest
class YearPersonalDataTest {

    @Test
    void shouldExportAndEraseThePairsOwnWords() {
        PublishedPair pair = PublishedPair.create();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        given().contentType(ContentType.JSON).body(Map.of("date", today, "minutes", 45, "mode", "ONLINE",
                        "topics", List.of("Her CV"), "note", "Talked about her move from Porto"))
                .when().post(pair.path() + "/check-ins").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("side", "MENTOR", "fit", 4, "continue", true,
                        "comment", "She is very motivated"))
                .when().post(pair.path() + "/feedback").then().statusCode(201);
        String email = given().when().get(pair.cohort().path() + "/mentees/" + pair.menteeId()).then().statusCode(200)
                .extract().path("email");

        given().contentType(ContentType.JSON).body(Map.of("email", email))
                .when().post("/programmes/{p}/personal-data/export", pair.cohort().programmeId()).then().statusCode(200)
                .body("profiles[0].checkIns", hasSize(1))
                .body("profiles[0].checkIns[0].note", equalTo("Talked about her move from Porto"))
                .body("profiles[0].feedback", hasSize(1))
                .body("profiles[0].feedback[0].comment", equalTo("She is very motivated"));

        String token = given().contentType(ContentType.JSON).body("{}")
                .when().post(pair.cohort().path() + "/mentees/" + pair.menteeId() + "/invitation").then().statusCode(201)
                .extract().path("token");
        given().auth().oauth2(token).when().get("/me").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("email", email, "reason", "Asked to be forgotten"))
                .when().post("/programmes/{p}/personal-data/erasure", pair.cohort().programmeId()).then().statusCode(200);

        given().when().get(pair.path() + "/check-ins").then().statusCode(200)
                .body("items[0].minutes", equalTo(45))
                .body("items[0].date", equalTo(today))
                .body("items[0].note", nullValue())
                .body("items[0].topics", empty());
        given().when().get(pair.path() + "/feedback").then().statusCode(200)
                .body("fit", contains(4))
                .body("[0].comment", nullValue());
        // The link they were sent no longer opens anything.
        given().auth().oauth2(token).when().get("/me").then().statusCode(401);
    }

    @Test
    void shouldShowAParticipantTheirOwnSideOnlyInTheirOwnExport() {
        PublishedPair pair = PublishedPair.create();
        given().contentType(ContentType.JSON).body(Map.of("side", "MENTOR", "fit", 1, "continue", false,
                        "comment", "Not the mentee for me"))
                .when().post(pair.path() + "/feedback").then().statusCode(201);
        given().contentType(ContentType.JSON).body(Map.of("side", "MENTEE", "fit", 5, "continue", true))
                .when().post(pair.path() + "/feedback").then().statusCode(201);
        String token = given().contentType(ContentType.JSON).body("{}")
                .when().post(pair.cohort().path() + "/mentees/" + pair.menteeId() + "/invitation").then().statusCode(201)
                .extract().path("token");

        given().auth().oauth2(token).when().post("/me/personal-data/export").then().statusCode(200)
                .body("profiles[0].matches.match.id", contains(pair.matchId()))
                .body("profiles[0].feedback.side", contains("MENTEE"))
                .body("profiles[0].feedback.fit", contains(5));
    }
}
