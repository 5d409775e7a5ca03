package org.mentormatch.security;

import io.agroal.api.AgroalPoolInterceptor;
import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * Tells PostgreSQL, each time a connection is handed out, which programmes' rows this work may see; the
 * row-level security policies (migration V5) filter every query by it. This is the second layer behind
 * {@link ProgrammeAccessFilter}: a query that forgets to filter by programme still cannot read another's rows.
 * Work with neither a request nor a {@link ProgrammeScope} gets an empty setting and sees nothing.
 */
@ApplicationScoped
public class RowLevelSecurity implements AgroalPoolInterceptor {

    static final String SETTING = "mentor_match.programmes";

    private final Instance<Access> access;

    public RowLevelSecurity(Instance<Access> access) {
        this.access = access;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        try (PreparedStatement statement = connection.prepareStatement("select set_config(?, ?, false)")) {
            statement.setString(1, SETTING);
            statement.setString(2, scope());
            statement.execute();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set the connection's programme scope", e);
        }
    }

    private String scope() {
        String explicit = ProgrammeScope.explicit();
        if (explicit != null) {
            return explicit;
        }
        ManagedContext request = Arc.container().requestContext();
        return request.isActive() ? access.get().databaseScope() : "";
    }
}
