package org.mentormatch.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentormatch.support.DirectSession.count;
import static org.mentormatch.support.DirectSession.scopeTo;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.TestCohort;

/**
 * The second layer: with the application's database role, a query that forgets to filter by programme still
 * sees only the programmes its connection is set to, whoever wrote it.
 */
@QuarkusTest
class RowLevelSecurityTest {

    @Inject
    EntityManager entityManager;

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    String applicationRole;

    @ConfigProperty(name = "quarkus.datasource.password")
    String password;

    private String programmeA;
    private String cohortA;
    private String programmeB;
    private String cohortB;

    @BeforeEach
    void twoProgrammes() {
        programmeA = Api.createProgramme();
        cohortA = Api.createCohort(programmeA);
        new TestCohort(programmeA, cohortA).mentee();
        programmeB = Api.createProgramme();
        cohortB = Api.createCohort(programmeB);
        new TestCohort(programmeB, cohortB).mentee();
        new TestCohort(programmeB, cohortB).mentor();
    }

    @Test
    void shouldShowADirectSessionWithProgrammeASettingNoneOfBsRows() throws SQLException {
        try (Connection session = DriverManager.getConnection(url, applicationRole, password)) {
            scopeTo(session, programmeA);
            assertThat(count(session, "select count(*) from programme where id = ?::uuid", programmeB)).isZero();
            assertThat(count(session, "select count(*) from cohort where programme_id = ?::uuid", programmeB)).isZero();
            assertThat(count(session, "select count(*) from mentee where cohort_id = ?::uuid", cohortB)).isZero();
            assertThat(count(session, "select count(*) from mentor where cohort_id = ?::uuid", cohortB)).isZero();
            assertThat(count(session, "select count(*) from mentee where cohort_id = ?::uuid", cohortA)).isEqualTo(1);
            // Unfiltered: only A's rows, however many other programmes the database holds.
            assertThat(count(session, "select count(distinct programme_id) from cohort where programme_id <> ?::uuid", programmeA))
                    .isZero();
        }
    }

    @Test
    void shouldShowASessionWithoutAProgrammeSettingNothing() throws SQLException {
        try (Connection session = DriverManager.getConnection(url, applicationRole, password)) {
            assertThat(count(session, "select count(*) from programme where id <> ?::uuid", UUID.randomUUID().toString())).isZero();
            assertThat(count(session, "select count(*) from mentee where cohort_id <> ?::uuid", UUID.randomUUID().toString())).isZero();
        }
    }

    @Test
    void shouldRefuseToWriteIntoAnotherProgramme() throws SQLException {
        try (Connection session = DriverManager.getConnection(url, applicationRole, password)) {
            scopeTo(session, programmeA);
            try (PreparedStatement insert = session.prepareStatement("""
                    insert into cohort (id, programme_id, name, starts_on, ends_on, status, version, created_at, updated_at)
                    values (gen_random_uuid(), ?::uuid, 'Smuggled', date '2025-01-01', date '2025-12-31', 'OPEN', 0, now(), now())""")) {
                insert.setString(1, programmeB);
                assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class)
                        .hasMessageContaining("row-level security");
            }
            try (PreparedStatement update = session.prepareStatement("update mentee set display_name = 'x' where cohort_id = ?::uuid")) {
                update.setString(1, cohortB);
                assertThat(update.executeUpdate()).isZero();
            }
        }
    }

    @Test
    void shouldFilterTheServicesOwnNativeQueriesByTheProgrammeInScope() {
        long menteesSeen = ProgrammeScope.forProgramme(UUID.fromString(programmeA), () -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from mentee").getSingleResult()).longValue()));
        long cohortsOfB = ProgrammeScope.forProgramme(UUID.fromString(programmeA), () -> QuarkusTransaction.requiringNew()
                .call(() -> ((Number) entityManager.createNativeQuery("select count(*) from cohort where programme_id = cast(?1 as uuid)")
                        .setParameter(1, programmeB).getSingleResult()).longValue()));

        assertThat(menteesSeen).isEqualTo(1);
        assertThat(cohortsOfB).isZero();
    }

    /**
     * A connection remembers its setting between hand-outs (RowLevelSecurity asks PostgreSQL only when it changes),
     * but a setting made inside a transaction that rolls back is undone by PostgreSQL: the next hand-out must set it
     * again rather than trust what it asked for.
     */
    @Test
    void shouldSetTheScopeAgainAfterATransactionThatSetItRolledBack() {
        UUID a = UUID.fromString(programmeA);
        UUID b = UUID.fromString(programmeB);
        Connection held = ProgrammeScope.forProgramme(b, () -> physicalConnectionSeeing(programmeB));
        Connection inRolledBack = ProgrammeScope.forProgramme(a, () -> {
            QuarkusTransaction.begin();
            try {
                return physicalConnectionSeeing(programmeA);
            } finally {
                QuarkusTransaction.rollback();
            }
        });
        Connection after = ProgrammeScope.forProgramme(a, () -> physicalConnectionSeeing(programmeA));

        // The pool hands this thread its last connection again; otherwise this test would prove nothing.
        assertThat(inRolledBack).isSameAs(held);
        assertThat(after).isSameAs(held);
    }

    /** Takes a connection from the service's pool, asserts the programmes it is set to, and answers what it wraps. */
    private Connection physicalConnectionSeeing(String programmes) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement("select current_setting('mentor_match.programmes')");
                ResultSet setting = statement.executeQuery()) {
            setting.next();
            assertThat(setting.getString(1)).isEqualTo(programmes);
            return connection.unwrap(Connection.class);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
