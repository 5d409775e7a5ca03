package org.mentormatch.checkin;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Backdate;
import org.mentormatch.support.PublishedPair;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

@QuarkusTest
class CheckInResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Test
    void shouldListCheckInsNewestFirstAndCountThemOnTheMatch() {
        PublishedPair pair = PublishedPair.create();
        Backdate.published(pair.matchId(), 20);
        record(given(), pair.path(), meeting(TODAY.minusDays(10))).then().statusCode(201)
                .body("recordedAs", equalTo("COORDINATOR")).body("mode", equalTo("IN_PERSON"));
        record(given(), pair.path(), meeting(TODAY.minusDays(3))).then().statusCode(201);

        given().when().get(pair.path() + "/check-ins").then().statusCode(200)
                .body("total", equalTo(2))
                .body("items.date", contains(TODAY.minusDays(3).toString(), TODAY.minusDays(10).toString()));
        given().when().get(pair.path()).then().statusCode(200)
                .body("checkIns", equalTo(2)).body("lastCheckInOn", equalTo(TODAY.minusDays(3).toString()));
        given().when().get(pair.cohort().path() + "/matches").then().statusCode(200)
                .body("items.checkIns", contains(2));
    }

    @Test
    void shouldRecordARetriedMeetingOnce() {
        PublishedPair pair = PublishedPair.create();
        for (int attempt = 0; attempt < 2; attempt++) {
            record(given().header("Idempotency-Key", "meeting-" + pair.matchId()), pair.path(), meeting(TODAY))
                    .then().statusCode(201);
        }
        given().when().get(pair.path()).then().statusCode(200).body("checkIns", equalTo(1));
    }

    @Test
    void shouldRefuseADateInTheFutureOrBeforePublication() {
        PublishedPair pair = PublishedPair.create();
        problem(record(given(), pair.path(), meeting(TODAY.plusDays(1))).then(), 400)
                .body("violations.field", hasItem("date"));
        problem(record(given(), pair.path(), meeting(TODAY.minusDays(1))).then(), 400)
                .body("violations.field", hasItem("date"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseAnUnknownModeAndMinutesOutOfRange() {
        PublishedPair pair = PublishedPair.create();
        problem(record(given(), pair.path(), Map.of("date", TODAY.toString(), "minutes", 60, "mode", "CARRIER_PIGEON"))
                .then(), 400);
        problem(record(given(), pair.path(), Map.of("date", TODAY.toString(), "minutes", 0, "mode", "PHONE")).then(), 400)
                .body("violations.field", hasItem("minutes"));
    }

    @Test
    void shouldRefuseAMatchThatIsNotPublished() {
        PublishedPair pair = PublishedPair.accepted(TestCohort.create());
        problem(record(given(), pair.path(), meeting(TODAY)).then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/not-published"));
    }

    @Test
    void shouldLetAParticipantRecordOnTheirOwnPublishedMatchOnly() {
        PublishedPair mine = PublishedPair.create();
        PublishedPair other = PublishedPair.create(mine.cohort().sibling());
        String token = TestTokens.participant(mine.menteeId(), mine.cohort().programmeId());
        given().auth().oauth2(token).contentType(ContentType.JSON).body(meeting(TODAY))
                .when().post("/me/check-ins")
                .then().statusCode(201).body("matchId", equalTo(mine.matchId())).body("recordedAs", equalTo("MENTEE"));
        given().when().get(mine.path()).then().body("checkIns", equalTo(1));
        given().when().get(other.path()).then().body("checkIns", equalTo(0));
        // A coordinator's operation is not theirs, not even on their own match
        given().auth().oauth2(token).contentType(ContentType.JSON).body(meeting(TODAY))
                .when().post(mine.path() + "/check-ins").then().statusCode(403);
    }

    @Test
    void shouldRefuseAParticipantWithoutAPublishedMatch() {
        PublishedPair pair = PublishedPair.accepted(TestCohort.create());
        problem(given().auth().oauth2(TestTokens.participant(pair.mentorId(), pair.cohort().programmeId()))
                .contentType(ContentType.JSON).body(meeting(TODAY))
                .when().post("/me/check-ins").then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/no-published-match"));
    }

    private static io.restassured.response.Response record(RequestSpecification request, String matchPath, Object body) {
        return request.contentType(ContentType.JSON).body(body).when().post(matchPath + "/check-ins");
    }

    private static Map<String, Object> meeting(LocalDate date) {
        return Map.of("date", date.toString(), "minutes", 60, "mode", "IN_PERSON", "topics", List.of("CV"),
                "note", "Went through two job adverts");
    }
}
