package org.mentormatch.support;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.UUID;
import org.mentormatch.security.ProgrammeScope;

/**
 * Makes a pair older than it is, for tests of the programme year (feedback rounds, stalled pairs): the rules
 * count days from the rows, so moving the rows back stands in for waiting. Works below the API, in the system
 * scope, as the service's own jobs do.
 */
public final class Backdate {

    private Backdate() {
    }

    /** Moves the match's publication (and its decision, when it ended) {@code days} days back. */
    public static void published(String matchId, int days) {
        update("update match set published_at = published_at - make_interval(days => ?), "
                + "decided_at = decided_at - make_interval(days => ?) where id = ?", days, days, matchId);
    }

    /** Moves every check-in of the match {@code days} days back. */
    public static void checkIns(String matchId, int days) {
        update("update check_in set met_on = met_on - ? where match_id = ?", days, matchId);
    }

    private static void update(String sql, int days, Object... rest) {
        ProgrammeScope.system(() -> {
            AgroalDataSource database = Arc.container().instance(AgroalDataSource.class).get();
            try (Connection connection = database.getConnection(); PreparedStatement statement = connection.prepareStatement(sql)) {
                int index = 1;
                statement.setInt(index++, days);
                for (Object value : rest) {
                    if (value instanceof Integer number) {
                        statement.setInt(index++, number);
                    } else {
                        statement.setObject(index++, UUID.fromString((String) value));
                    }
                }
                statement.executeUpdate();
            } catch (SQLException e) {
                throw new IllegalStateException(sql, e);
            }
        });
    }
}
