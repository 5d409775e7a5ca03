package org.mentormatch.attention;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.event.EventType;
import org.mentormatch.event.ProgrammeEvent;
import org.mentormatch.match.AttentionKind;
import org.mentormatch.security.ProgrammeScope;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Backdate;
import org.mentormatch.support.PublishedPair;
import org.mentormatch.support.RecordedEvents;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

@QuarkusTest
class AttentionResourceTest {

    private static final LocalDate TODAY = LocalDate.now(ZoneOffset.UTC);

    @Inject
    RecordedEvents events;
    @Inject
    YearAnnouncer announcer;
    @Inject
    Attention attention;

    @Test
    void shouldListOnlyMatchesThatNeedAttentionWithTheirReasons() {
        TestCohort cohort = TestCohort.create();
        PublishedPair stalled = PublishedPair.create(cohort);
        PublishedPair fine = PublishedPair.create(cohort);
        Backdate.published(stalled.matchId(), 50);

        given().when().get(cohort.path() + "/matches?attention=true").then().statusCode(200)
                .body("total", equalTo(1)).body("items.id", contains(stalled.matchId()))
                .body("items[0].attention.kind", containsInAnyOrder("STALLED", "FEEDBACK_OVERDUE"));
        given().when().get(fine.path()).then().body("attention", empty());
        assertThat(ProgrammeScope.system(() -> QuarkusTransaction.requiringNew()
                .call(() -> attention.forCohort(UUID.fromString(cohort.cohortId())))))
                .containsOnlyKeys(UUID.fromString(stalled.matchId()));

        given().contentType(ContentType.JSON).body(meeting(TODAY.minusDays(2))).when().post(stalled.path() + "/check-ins")
                .then().statusCode(201);
        given().when().get(stalled.path()).then().body("attention.kind", contains("FEEDBACK_OVERDUE"));
    }

    @Test
    void shouldSilenceClearedReasonsUntilANewTriggerAndAuditTheClearing() {
        PublishedPair pair = PublishedPair.create();
        String mentee = TestTokens.participant(pair.menteeId(), pair.cohort().programmeId());
        answer(mentee, 1);
        given().contentType(ContentType.JSON).body("{\"reason\": \"Talked to both; it was a bad week\"}")
                .when().post(pair.path() + "/attention/clear")
                .then().statusCode(200).body("attention", empty());
        given().when().get(pair.cohort().path() + "/matches?attention=true").then().body("total", equalTo(0));
        given().when().get(pair.cohort().path() + "/audit").then()
                .body("items.action", hasItem("CLEAR_ATTENTION"))
                .body("items.reason", hasItem("Talked to both; it was a bad week"));
        problem(given().contentType(ContentType.JSON).body("{\"reason\": \"Again\"}")
                .when().post(pair.path() + "/attention/clear").then(), 409)
                .body("type", equalTo("https://mentor-match.org/problems/no-attention"));

        answer(TestTokens.participant(pair.mentorId(), pair.cohort().programmeId()), 2); // a new poor answer
        given().when().get(pair.path()).then().body("attention.kind", contains("POOR_FIT"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseAClearingWithoutAReason() {
        PublishedPair pair = PublishedPair.create();
        problem(given().contentType(ContentType.JSON).body("{}").when().post(pair.path() + "/attention/clear").then(), 400)
                .body("violations.field", hasItem("reason"));
        problem(given().contentType(ContentType.JSON).body(Map.of("reason", "x".repeat(1001)))
                .when().post(pair.path() + "/attention/clear").then(), 400)
                .body("violations.field", hasItem("reason"));
    }

    @Test
    void shouldAnnounceNewlyDueRoundsAndStalledMatchesOnce() {
        PublishedPair pair = PublishedPair.create();
        Backdate.published(pair.matchId(), 50);
        announcer.run();
        List<ProgrammeEvent> announced = ofMatch(pair.matchId());
        assertThat(announced).filteredOn(event -> event.type() == EventType.FEEDBACK_DUE)
                .extracting(event -> event.data().get("side"))
                .containsExactlyInAnyOrder("MENTEE", "MENTOR");
        assertThat(announced).filteredOn(event -> event.type() == EventType.FEEDBACK_DUE)
                .allSatisfy(event -> assertThat(event.data()).containsEntry("dueOn", TODAY.minusDays(20).toString()));
        assertThat(announced).filteredOn(event -> event.type() == EventType.MATCH_ATTENTION)
                .extracting(event -> event.data().get("kind"))
                .containsExactlyInAnyOrder(AttentionKind.STALLED.name(), AttentionKind.FEEDBACK_OVERDUE.name());

        announcer.run();
        assertThat(ofMatch(pair.matchId())).hasSameSizeAs(announced);
    }

    private List<ProgrammeEvent> ofMatch(String matchId) {
        return events.matching(event -> matchId.equals(event.data().get("matchId")));
    }

    private static void answer(String participant, int fit) {
        given().auth().oauth2(participant).contentType(ContentType.JSON)
                .body(Map.of("fit", fit, "continue", true))
                .when().post("/me/feedback").then().statusCode(201);
    }

    private static Map<String, Object> meeting(LocalDate date) {
        return Map.of("date", date.toString(), "minutes", 45, "mode", "ONLINE");
    }
}
