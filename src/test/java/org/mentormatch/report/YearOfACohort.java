package org.mentormatch.report;

import static io.restassured.RestAssured.given;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.http.ContentType;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.security.ProgrammeScope;
import org.mentormatch.support.TestCohort;

/**
 * Builds what a report counts: pairs made and published through the API, outcomes and withdrawals through the
 * API, and check-ins and feedback as plain rows (their endpoints belong to another feature).
 */
final class YearOfACohort {

    /** A published pair of the cohort. */
    record Pair(String menteeId, String mentorId, String matchId, Integer quality) {
    }

    private final TestCohort cohort;
    private final EntityManager database;

    YearOfACohort(TestCohort cohort, EntityManager database) {
        this.cohort = cohort;
        this.database = database;
    }

    String mentee(String field) {
        return cohort.post("mentees", Map.of("displayName", "Ana", "email", TestCohort.uniqueEmail("example.org"),
                "field", field, "languages", List.of("pt")));
    }

    String mentor(String field) {
        return cohort.post("mentors", Map.of("displayName", "Mette", "email", TestCohort.uniqueEmail("example.dk"),
                "field", field, "languages", List.of("da")));
    }

    /** A hand match of a new mentee and a new mentor, ACCEPTED; published with the cohort by {@link #publish()}. */
    Pair pair(String menteeField, String mentorField) {
        String mentee = mentee(menteeField);
        String mentor = mentor(mentorField);
        var match = given().contentType(ContentType.JSON)
                .body(Map.of("menteeId", mentee, "mentorId", mentor, "override", Map.of("reason", "Test set-up")))
                .when().post(cohort.path() + "/matches").then().statusCode(201).extract().jsonPath();
        return new Pair(mentee, mentor, match.getString("id"), (Integer) match.get("quality"));
    }

    void publish() {
        given().when().post(cohort.path() + "/publish").then().statusCode(200);
    }

    void withdraw(String menteeId, String reason) {
        given().contentType(ContentType.JSON).body(Map.of("reason", reason))
                .when().post(cohort.path() + "/mentees/{id}/withdrawal", menteeId).then().statusCode(200);
    }

    void outcome(String menteeId, String type, LocalDate date) {
        given().contentType(ContentType.JSON).body(Map.of("type", type, "date", date.toString(), "viaMentorNetwork", false))
                .when().post(cohort.path() + "/mentees/{id}/outcomes", menteeId).then().statusCode(201);
    }

    /** Moves a pair's publication to a known day, at noon UTC. */
    void publishedOn(Pair pair, LocalDate day) {
        sql("update match set published_at = :at where id = :id",
                Map.of("at", day.atTime(12, 0).atOffset(ZoneOffset.UTC), "id", UUID.fromString(pair.matchId())));
    }

    void checkIns(Pair pair, int count) {
        for (int i = 0; i < count; i++) {
            sql("""
                    insert into check_in (id, cohort_id, match_id, met_on, minutes, mode, recorded_as, recorded_by, created_at)
                    values (:id, :cohort, :match, :day, 60, 'ONLINE', 'COORDINATOR', 'test', now())""",
                    Map.of("id", UUID.randomUUID(), "cohort", UUID.fromString(cohort.cohortId()),
                            "match", UUID.fromString(pair.matchId()), "day", LocalDate.of(2025, 10, 1).plusDays(i)));
        }
    }

    void feedback(Pair pair, String side, int fit) {
        sql("""
                insert into feedback (id, cohort_id, match_id, side, due_on, fit, continue_pair, answered_by, answered_at)
                values (:id, :cohort, :match, :side, :due, :fit, true, 'test', now())""",
                Map.of("id", UUID.randomUUID(), "cohort", UUID.fromString(cohort.cohortId()),
                        "match", UUID.fromString(pair.matchId()), "side", side, "due", LocalDate.of(2025, 10, 1),
                        "fit", fit));
    }

    private void sql(String statement, Map<String, Object> parameters) {
        ProgrammeScope.system(() -> QuarkusTransaction.requiringNew().run(() -> {
            var query = database.createNativeQuery(statement);
            parameters.forEach(query::setParameter);
            query.executeUpdate();
        }));
    }
}
