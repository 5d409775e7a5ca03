package org.mentormatch.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded database keeps its data across restarts, also after the process that ran it was killed. */
class EmbeddedDatabaseTest {

    @TempDir
    Path dataDir;

    @Test
    void shouldKeepDataAcrossARestart() throws Exception {
        try (EmbeddedPostgres first = EmbeddedDatabase.start(dataDir, 0)) {
            execute(first, "create table kept (name text); insert into kept values ('mentor')");
        }
        try (EmbeddedPostgres second = EmbeddedDatabase.start(dataDir, 0)) {
            assertThat(queryFirst(second, "select name from kept")).isEqualTo("mentor");
        }
    }

    @Test
    void shouldTakeOverFromAServerWhoseProcessWasKilled() throws Exception {
        Process holder = new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                KilledHolder.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try (BufferedReader output = new BufferedReader(new InputStreamReader(holder.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(KilledHolder.READY)) {
                // wait until the other process has written its row
            }
        }
        holder.destroyForcibly(); // SIGKILL: its PostgreSQL is left running, holding the data directory
        assertThat(holder.waitFor(30, TimeUnit.SECONDS)).isTrue();

        try (EmbeddedPostgres restarted = EmbeddedDatabase.start(dataDir, 0)) {
            assertThat(queryFirst(restarted, "select name from kept")).isEqualTo("mentee");
        }
    }

    static void execute(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            connection.createStatement().execute(sql);
        }
    }

    private static String queryFirst(EmbeddedPostgres postgres, String sql) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                ResultSet rows = connection.createStatement().executeQuery(sql)) {
            assertThat(rows.next()).isTrue();
            return rows.getString(1);
        }
    }

    /** Runs in a separate JVM: starts the database, writes a row, then waits to be killed. */
    public static final class KilledHolder {
        static final String READY = "ready";

        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = EmbeddedDatabase.start(Path.of(args[0]), 0);
            execute(postgres, "create table kept (name text); insert into kept values ('mentee')");
            System.out.println(READY);
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
        }
    }
}
