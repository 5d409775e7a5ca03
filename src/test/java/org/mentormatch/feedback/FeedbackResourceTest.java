package org.mentormatch.feedback;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.event.EventType;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Backdate;
import org.mentormatch.support.PublishedPair;
import org.mentormatch.support.RecordedEvents;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

@QuarkusTest
class FeedbackResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    RecordedEvents events;

    @Test
    void shouldAnswerTheFirstRoundWhenAnsweredEarly() {
        PublishedPair pair = PublishedPair.create();
        String mentee = TestTokens.participant(pair.menteeId(), pair.cohort().programmeId());
        given().auth().oauth2(mentee).contentType(ContentType.JSON).body("{\"fit\": 4, \"continue\": true}")
                .when().post("/me/feedback")
                .then().statusCode(201).body("side", equalTo("MENTEE")).body("dueOn", equalTo(TODAY.plusDays(30).toString()));
        given().auth().oauth2(mentee).when().get("/me/feedback").then().statusCode(200)
                .body("matchId", equalTo(pair.matchId()))
                .body("answers.fit", contains(4)).body("due", empty());
    }

    @Test
    void shouldListRoundsDueAndLetEachSideAnswerTheOldestFirst() {
        PublishedPair pair = PublishedPair.create();
        Backdate.published(pair.matchId(), 100);
        LocalDate first = TODAY.minusDays(70);
        LocalDate second = TODAY.minusDays(10);
        given().when().get(pair.cohort().path() + "/feedback-due").then().statusCode(200)
                .body("dueOn", contains(first.toString(), first.toString(), second.toString(), second.toString()))
                .body("overdueDays", contains(70, 70, 10, 10));

        given().contentType(ContentType.JSON).body(Map.of("side", "MENTOR", "fit", 4, "continue", true, "comment", "By phone"))
                .when().post(pair.path() + "/feedback")
                .then().statusCode(201).body("dueOn", equalTo(first.toString()));
        given().when().get(pair.cohort().path() + "/feedback-due").then()
                .body("side", contains("MENTEE", "MENTEE", "MENTOR"));
        given().auth().oauth2(TestTokens.participant(pair.mentorId(), pair.cohort().programmeId()))
                .when().get("/me/feedback").then()
                .body("answers.dueOn", contains(first.toString())).body("due.dueOn", contains(second.toString()));
        given().when().get(pair.path() + "/feedback").then().statusCode(200).body("comment", contains("By phone"));
    }

    @Test
    void shouldAskForClosingFeedbackOnTheDayAMatchEnds() {
        PublishedPair pair = PublishedPair.create();
        given().contentType(ContentType.JSON).body("{\"status\": \"ENDED\", \"reason\": \"Found a job\"}")
                .when().patch(pair.path()).then().statusCode(200);
        given().when().get(pair.cohort().path() + "/feedback-due").then()
                .body("dueOn", contains(TODAY.toString(), TODAY.toString()));
        given().auth().oauth2(TestTokens.participant(pair.menteeId(), pair.cohort().programmeId()))
                .contentType(ContentType.JSON).body("{\"fit\": 5, \"continue\": false}")
                .when().post("/me/feedback").then().statusCode(201).body("dueOn", equalTo(TODAY.toString()));
        problem(given().auth().oauth2(TestTokens.participant(pair.menteeId(), pair.cohort().programmeId()))
                .contentType(ContentType.JSON).body("{\"fit\": 5, \"continue\": true}")
                .when().post("/me/feedback").then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/no-round-open"));
    }

    @Test
    void shouldRaiseAttentionAndAnnounceItOnPoorFeedback() {
        PublishedPair pair = PublishedPair.create();
        given().auth().oauth2(TestTokens.participant(pair.mentorId(), pair.cohort().programmeId()))
                .contentType(ContentType.JSON).body("{\"fit\": 2, \"continue\": true, \"comment\": \"We rarely meet\"}")
                .when().post("/me/feedback").then().statusCode(201);
        given().when().get(pair.path()).then()
                .body("attention.kind", contains("POOR_FIT"))
                .body("attention[0].detail", equalTo("MENTOR answered fit 2 for the round due " + TODAY.plusDays(30)));
        assertThat(events.matching(event -> event.type() == EventType.MATCH_ATTENTION
                && pair.matchId().equals(event.data().get("matchId"))))
                .singleElement()
                .satisfies(event -> assertThat(event.data()).containsEntry("kind", "POOR_FIT")
                        .containsEntry("cohortId", pair.cohort().cohortId()).doesNotContainKey("comment"));
    }

    @Test
    void shouldRefuseFeedbackOnAMatchThatWasNeverPublished() {
        PublishedPair pair = PublishedPair.accepted(TestCohort.create());
        problem(given().contentType(ContentType.JSON).body(Map.of("side", "MENTEE", "fit", 3, "continue", true))
                .when().post(pair.path() + "/feedback").then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/not-published"));
        problem(given().auth().oauth2(TestTokens.participant(pair.menteeId(), pair.cohort().programmeId()))
                .contentType(ContentType.JSON).body("{\"fit\": 3, \"continue\": true}")
                .when().post("/me/feedback").then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/no-published-match"));
        given().auth().oauth2(TestTokens.participant(pair.menteeId(), pair.cohort().programmeId()))
                .when().get("/me/feedback").then().statusCode(200).body("answers", empty()).body("due", empty());
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseAFitOutsideOneToFiveAndAMissingContinue() {
        PublishedPair pair = PublishedPair.create();
        problem(given().contentType(ContentType.JSON).body(Map.of("side", "MENTEE", "fit", 6, "continue", true))
                .when().post(pair.path() + "/feedback").then(), 400)
                .body("violations.field", hasItem("fit"));
        problem(given().auth().oauth2(TestTokens.participant(pair.menteeId(), pair.cohort().programmeId()))
                .contentType(ContentType.JSON).body("{\"fit\": 0, \"continue\": true}")
                .when().post("/me/feedback").then(), 400)
                .body("violations.field", contains("fit"));
        problem(given().auth().oauth2(TestTokens.participant(pair.menteeId(), pair.cohort().programmeId()))
                .contentType(ContentType.JSON).body("{\"fit\": 3}")
                .when().post("/me/feedback").then(), 400)
                .body("violations.field", contains("continue"));
        problem(given().contentType(ContentType.JSON).body(Map.of("side", "PARENT", "fit", 3, "continue", true))
                .when().post(pair.path() + "/feedback").then(), 400);
    }
}
