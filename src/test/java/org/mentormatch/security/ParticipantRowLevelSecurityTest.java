package org.mentormatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.TestCohort;

/**
 * The database's own guard for participants (migration V10): with the participant setting, a connection of the
 * application's role sees the participant's profile, the counterpart of their live match, their matches and those
 * matches' check-ins, and nothing else, whatever the query.
 */
@QuarkusTest
class ParticipantRowLevelSecurityTest {

    /** What a participant's connection may see rows of; every other table with row-level security shows none. */
    /**
     * Tables a participant's connection may read rows of (V10, V14): their own and their counterpart's, and what
     * their own changes need — their stated preferences (V18), the feedback plan their answer is placed in, the clearances and announcements of
     * their matches, the subscriptions and deliveries an event they fire is queued with.
     */
    private static final Set<String> A_PARTICIPANTS_TABLES = Set.of("programme", "cohort", "mentee", "mentor", "match",
            "check_in", "feedback", "invitation", "feedback_plan", "attention_clearance", "year_announcement",
            "webhook", "webhook_delivery", "stated_preference");

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String applicationRole;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private TestCohort cohort;
    private String mentee;
    private String mentor;
    private String otherMentee;
    private String otherMentor;
    private String match;
    private String otherMatch;

    @BeforeEach
    void twoPairs() throws SQLException {
        cohort = TestCohort.create();
        mentee = cohort.mentee();
        mentor = cohort.mentor();
        otherMentee = cohort.mentee();
        otherMentor = cohort.mentor();
        match = pair(mentee, mentor);
        otherMatch = pair(otherMentee, otherMentor);
        given().contentType(ContentType.JSON).body(Map.of("menteeId", mentee, "mentorId", otherMentor, "reason", "Colleagues"))
                .when().post(cohort.path() + "/exclusions").then().statusCode(201);
        for (String someone : List.of(mentee, otherMentee)) {
            given().contentType(ContentType.JSON).body(Map.of("ranked", List.of(mentor, otherMentor)))
                    .when().put(cohort.path() + "/mentees/" + someone + "/preferences").then().statusCode(200);
        }
        try (Connection session = session(cohort.programmeId(), "")) {
            checkIn(session, match);
            checkIn(session, otherMatch);
        }
    }

    @Test
    void shouldShowAParticipantTheirOwnRowsAndTheirCounterpartOnly() throws SQLException {
        try (Connection session = session(cohort.programmeId(), mentee)) {
            assertThat(strings(session, "select id from mentee")).containsExactly(mentee);
            assertThat(strings(session, "select id from mentor")).containsExactly(mentor);
            assertThat(strings(session, "select id from match")).containsExactly(match);
            assertThat(strings(session, "select match_id from check_in")).containsExactly(match);
            assertThat(strings(session, "select mentee_id from stated_preference")).containsExactly(mentee);
            assertThat(update(session, "update stated_preference set ranked = '{}' where mentee_id = ?::uuid",
                    otherMentee)).isZero();
        }
        try (Connection session = session(cohort.programmeId(), mentor)) {
            assertThat(strings(session, "select id from mentee")).containsExactly(mentee);
            assertThat(strings(session, "select id from mentor")).containsExactly(mentor);
        }
        try (Connection session = session(cohort.programmeId(), "")) {
            assertThat(strings(session, "select id from mentee")).hasSize(2);
        }
    }

    @Test
    void shouldShowAParticipantNothingOfAnyOtherTable() throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Connection coordinator = session(cohort.programmeId(), "");
                Connection participant = session(cohort.programmeId(), mentee)) {
            for (String table : strings(coordinator, "select tablename from pg_tables where schemaname = 'public' and rowsecurity")) {
                if (!A_PARTICIPANTS_TABLES.contains(table)) {
                    assertThat(strings(participant, "select 1 from " + table)).as(table).isEmpty();
                    tables.add(table);
                }
            }
            // The coordinator's view of the same tables is not empty, so the emptiness above is the policies' doing.
            assertThat(strings(coordinator, "select 1 from exclusion")).isNotEmpty();
            assertThat(strings(coordinator, "select 1 from audit_event")).isNotEmpty();
        }
        assertThat(tables).contains("exclusion", "audit_event", "match_run", "match_proposal", "affinity",
                "idempotency_key", "matching_policy");
    }

    /** A table added later must say what a participant sees of it: its own restrictive policy, or none at all. */
    @Test
    void shouldGiveEveryTableWithRowLevelSecurityAParticipantPolicy() throws SQLException {
        try (Connection session = session("*", "")) {
            List<String> without = strings(session, """
                    select t.tablename from pg_tables t where t.schemaname = 'public' and t.rowsecurity
                    and t.tablename not in ('programme', 'cohort')
                    and not exists (select from pg_policies p where p.tablename = t.tablename
                                    and p.permissive = 'RESTRICTIVE' and p.policyname like '%participant%')""");
            assertThat(without).isEmpty();
        }
    }

    @Test
    void shouldLetAParticipantWriteOnlyTheirOwnProfile() throws SQLException {
        try (Connection session = session(cohort.programmeId(), mentee)) {
            assertThat(update(session, "update mentee set availability_note = 'Evenings' where id = ?::uuid", mentee)).isOne();
            assertThat(update(session, "update mentee set availability_note = 'x' where id = ?::uuid", otherMentee)).isZero();
            assertThat(update(session, "update mentor set availability_note = 'x' where id = ?::uuid", mentor)).isZero();
            assertThat(update(session, "delete from match where id = ?::uuid", match)).isZero();
            assertThat(update(session, "delete from mentee where id = ?::uuid", mentee)).isZero();
            try (PreparedStatement insert = session.prepareStatement("""
                    insert into mentee (id, cohort_id, display_name, email, field, skills, interests, languages, remote_ok,
                        preferred_fields, preferred_languages, meeting_mode, version, created_at, updated_at)
                    values (gen_random_uuid(), ?::uuid, 'Smuggled', 's@example.org', '25', '{}', '{}', '{da}', false,
                        '{}', '{}', 'EITHER', 0, now(), now())""")) {
                insert.setString(1, cohort.cohortId());
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
        }
    }

    @Test
    void shouldShowAParticipantWithoutAUsableClaimNothing() throws SQLException {
        try (Connection session = session(cohort.programmeId(), "none")) {
            assertThat(strings(session, "select id from mentee")).isEmpty();
            assertThat(strings(session, "select id from match")).isEmpty();
        }
    }

    private String pair(String menteeId, String mentorId) {
        // The fixture's mentee and mentor share no language: a pair by hand needs a reason to break that rule.
        return given().contentType(ContentType.JSON).body(Map.of("menteeId", menteeId, "mentorId", mentorId,
                        "override", Map.of("reason", "A test pair")))
                .when().post(cohort.path() + "/matches").then().statusCode(201).extract().path("id");
    }

    private void checkIn(Connection session, String matchId) throws SQLException {
        try (PreparedStatement insert = session.prepareStatement("""
                insert into check_in (id, cohort_id, match_id, met_on, minutes, mode, recorded_as, recorded_by, created_at)
                values (gen_random_uuid(), ?::uuid, ?::uuid, current_date, 60, 'ONLINE', 'COORDINATOR', 'test', now())""")) {
            insert.setString(1, cohort.cohortId());
            insert.setString(2, matchId);
            insert.executeUpdate();
        }
    }

    private Connection session(String programmes, String participant) throws SQLException {
        Connection session = DriverManager.getConnection(url, applicationRole, password);
        try (PreparedStatement set = session.prepareStatement(
                "select set_config('mentor_match.programmes', ?, false), set_config('mentor_match.participant', ?, false)")) {
            set.setString(1, programmes);
            set.setString(2, participant);
            set.execute();
        }
        return session;
    }

    private static List<String> strings(Connection session, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (PreparedStatement query = session.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }

    private static int update(Connection session, String sql, String id) throws SQLException {
        try (PreparedStatement statement = session.prepareStatement(sql)) {
            statement.setString(1, id);
            return statement.executeUpdate();
        }
    }
}
