package org.mentormatch.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A connection for tests that look below the service at the whole database: row-level security would show
 * them only the programmes of the test's (anonymous) caller, so they ask for every programme's rows, as the
 * service's own system jobs do.
 */
public final class EveryProgramme {

    private EveryProgramme() {
    }

    public static Connection connect(DataSource database) throws SQLException {
        Connection connection = database.getConnection();
        try (PreparedStatement scope = connection.prepareStatement("select set_config('mentor_match.programmes', '*', false)")) {
            scope.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
