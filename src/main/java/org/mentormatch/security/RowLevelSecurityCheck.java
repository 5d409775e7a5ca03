package org.mentormatch.security;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.jboss.logging.Logger;

/**
 * Row-level security silently does nothing for a superuser or a role with BYPASSRLS; a deployment that
 * connects as one (the schema owner's account, say) gets a loud warning at start-up instead of false safety.
 */
@ApplicationScoped
class RowLevelSecurityCheck {

    private static final Logger LOG = Logger.getLogger(RowLevelSecurityCheck.class);

    private final AgroalDataSource dataSource;

    RowLevelSecurityCheck(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void warnIfBypassed(@Observes StartupEvent startup) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet role = statement.executeQuery(
                        "select current_user, rolsuper or rolbypassrls from pg_roles where rolname = current_user")) {
            if (role.next() && role.getBoolean(2)) {
                LOG.warnf("The service connects to PostgreSQL as %s, which bypasses row-level security: connect as the "
                        + "application role (QUARKUS_DATASOURCE_USERNAME) and migrate as the owner (QUARKUS_FLYWAY_USERNAME)",
                        role.getString(1));
            }
        }
    }
}
