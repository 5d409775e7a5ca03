package org.mentormatch.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
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
 * Work with neither a request nor a {@link ProgrammeScope} gets an empty setting and sees nothing. A participant's
 * connection also names their profile, which narrows it further to their own rows (migration V10).
 * <p>
 * Setting them costs a round trip to PostgreSQL for every connection handed out, as much as a small query, and
 * most hand-outs need what the connection already holds (one caller reading page after page). So this remembers
 * what each physical connection holds and asks again only when the work needs something else. It remembers only
 * settings PostgreSQL has committed: a setting made inside a transaction is undone if the transaction rolls
 * back, so that connection is forgotten and set again next time.
 */
@ApplicationScoped
public class RowLevelSecurity implements AgroalPoolInterceptor {

    static final String SETTING = "mentor_match.programmes";
    /** The profile a participant acts as (migration V10 narrows their rows to their own); empty for all others. */
    static final String PARTICIPANT_SETTING = "mentor_match.participant";

    private final Instance<Access> access;
    /** What each physical connection holds, by identity; a connection the pool closes drops out (weak keys). */
    private final Cache<Connection, Settings> held = Caffeine.newBuilder().weakKeys().build();

    public RowLevelSecurity(Instance<Access> access) {
        this.access = access;
    }

    @Override
    public void onConnectionAcquire(Connection connection) {
        try {
            // The pool hands out a new wrapper each time; the physical connection underneath is the one that holds them.
            Connection physical = connection.unwrap(Connection.class);
            Settings wanted = new Settings(scope(), participant());
            if (wanted.equals(held.getIfPresent(physical))) {
                return;
            }
            held.invalidate(physical);
            try (PreparedStatement statement = connection.prepareStatement(
                    "select set_config(?, ?, false), set_config(?, ?, false)")) {
                statement.setString(1, SETTING);
                statement.setString(2, wanted.programmes());
                statement.setString(3, PARTICIPANT_SETTING);
                statement.setString(4, wanted.participant());
                statement.execute();
            }
            // Outside a transaction the statement committed itself; inside one it may yet be rolled back.
            if (connection.getAutoCommit()) {
                held.put(physical, wanted);
            }
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

    /** Work under an explicit scope is the service's own, on nobody's behalf. */
    private String participant() {
        if (ProgrammeScope.explicit() != null) {
            return "";
        }
        ManagedContext request = Arc.container().requestContext();
        return request.isActive() ? access.get().participantScope() : "";
    }

    private record Settings(String programmes, String participant) {
    }
}
