package org.mentormatch.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A session straight to PostgreSQL as the application role, for tests of row-level security: it sees what the
 * programme scope it sets lets it see, as the service's own connections do.
 */
public final class DirectSession {

    private DirectSession() {
    }

    public static void scopeTo(Connection session, String programmeId) throws SQLException {
        try (PreparedStatement set = session.prepareStatement("select set_config('mentor_match.programmes', ?, false)")) {
            set.setString(1, programmeId);
            set.execute();
        }
    }

    /** The single number {@code sql} counts, with its one parameter. */
    public static long count(Connection session, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = session.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet result = query.executeQuery()) {
                result.next();
                return result.getLong(1);
            }
        }
    }
}
