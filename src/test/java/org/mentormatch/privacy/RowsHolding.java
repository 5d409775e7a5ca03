package org.mentormatch.privacy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.mentormatch.support.EveryProgramme;

/**
 * Searches the whole database for a text, below the service: every table of the schema, every column of every
 * row (a row read as text holds them all, arrays and JSON included), in any case. A table added later is
 * searched too, without this class knowing it.
 */
final class RowsHolding {

    private RowsHolding() {
    }

    /** For each table with rows that hold the text, how many; empty when none does. */
    static Map<String, Long> text(DataSource database, String text) throws SQLException {
        Map<String, Long> found = new TreeMap<>();
        try (Connection connection = EveryProgramme.connect(database)) {
            for (String table : tables(connection)) {
                // The name comes from the catalogue, not from input.
                String sql = "select count(*) from \"%s\" t where t::text ilike '%%' || ? || '%%'".formatted(table);
                try (PreparedStatement count = connection.prepareStatement(sql)) {
                    count.setString(1, text);
                    try (ResultSet rows = count.executeQuery()) {
                        rows.next();
                        if (rows.getLong(1) > 0) {
                            found.put(table, rows.getLong(1));
                        }
                    }
                }
            }
        }
        return found;
    }

    private static List<String> tables(Connection connection) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("""
                select table_name from information_schema.tables
                where table_schema = 'public' and table_type = 'BASE TABLE' order by table_name""");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                tables.add(rows.getString(1));
            }
        }
        return tables;
    }
}
