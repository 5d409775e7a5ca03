package org.mentormatch.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.mentormatch.support.EveryProgramme;

/**
 * The contents of every table of the service, every programme's rows, as a row count and an order-independent sum of row hashes per
 * table: two fingerprints differ when any row was added, removed or changed in between.
 *
 * @param nextTransaction the id PostgreSQL gives the next transaction that writes (read-only ones get none)
 */
record DatabaseFingerprint(long nextTransaction, Map<String, String> tables) {

    private static final String TABLES = """
            select table_name from information_schema.tables
            where table_schema = 'public' and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'
            order by table_name""";
    private static final String NEXT_TRANSACTION = "select pg_snapshot_xmax(pg_current_snapshot())::text::bigint";
    private static final String ACTIVE_RUNS = "select count(*) from match_run where status in ('QUEUED', 'SOLVING')";

    static DatabaseFingerprint take(DataSource database) {
        try (Connection connection = EveryProgramme.connect(database); Statement statement = connection.createStatement()) {
            long nextTransaction = nextTransaction(statement);
            List<String> names = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery(TABLES)) {
                while (rows.next()) {
                    names.add(rows.getString(1));
                }
            }
            String query = String.join(" union all ", names.stream()
                    .map(name -> "select '%1$s', count(*) || ':' || coalesce(sum(hashtext(t::text)::bigint), 0) from \"%1$s\" t"
                            .formatted(name))
                    .toList());
            Map<String, String> tables = new TreeMap<>();
            try (ResultSet rows = statement.executeQuery(query)) {
                while (rows.next()) {
                    tables.put(rows.getString(1), rows.getString(2));
                }
            }
            return new DatabaseFingerprint(nextTransaction, tables);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot fingerprint the database", e);
        }
    }

    /**
     * The database now. When no transaction has even started to write since {@code before}, that is
     * {@code before} itself: most refusals come before any write, and reading every table again (other tests'
     * data included) for each of them would take most of the test's time. A write rolled back is read anew.
     */
    static DatabaseFingerprint since(DataSource database, DatabaseFingerprint before) {
        try (Connection connection = EveryProgramme.connect(database); Statement statement = connection.createStatement()) {
            if (nextTransaction(statement) == before.nextTransaction) {
                return before;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the next transaction id", e);
        }
        return take(database);
    }

    private static long nextTransaction(Statement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery(NEXT_TRANSACTION)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    /** Match runs still queued or solving: their solver writes later, outside any request. */
    static long activeRuns(DataSource database) {
        try (Connection connection = EveryProgramme.connect(database); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(ACTIVE_RUNS)) {
            rows.next();
            return rows.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot count active match runs", e);
        }
    }

    /** The tables whose contents differ from {@code before}'s (the transaction ids do not count). */
    List<String> changedSince(DatabaseFingerprint before) {
        return tables.keySet().stream().filter(table -> !tables.get(table).equals(before.tables.get(table))).toList();
    }
}
