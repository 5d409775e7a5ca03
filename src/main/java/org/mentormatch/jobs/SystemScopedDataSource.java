package org.mentormatch.jobs;

import io.quarkus.narayana.jta.QuarkusTransaction;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.mentormatch.security.ProgrammeScope;

/**
 * The service's data source as the job engine sees it. The engine's own threads (polling, heartbeats, revival)
 * work for every programme, so their connections are handed out in the system scope. Inside a transaction, a
 * request queueing a run, the connection is the transaction's own and keeps the caller's scope.
 */
final class SystemScopedDataSource implements DataSource {

    private final DataSource delegate;

    SystemScopedDataSource(DataSource delegate) {
        this.delegate = delegate;
    }

    @Override
    public Connection getConnection() throws SQLException {
        if (QuarkusTransaction.isActive()) {
            return delegate.getConnection();
        }
        try {
            return ProgrammeScope.system(() -> {
                try {
                    return delegate.getConnection();
                } catch (SQLException e) {
                    throw new ConnectionFailed(e);
                }
            });
        } catch (ConnectionFailed e) {
            throw e.cause;
        }
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        throw new SQLFeatureNotSupportedException("The job engine uses the service's own account");
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return delegate.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        delegate.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        delegate.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return delegate.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        return delegate.getParentLogger();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        return delegate.unwrap(type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) throws SQLException {
        return delegate.isWrapperFor(type);
    }

    /** Carries the checked exception out of the scope's supplier. */
    private static final class ConnectionFailed extends RuntimeException {
        private final SQLException cause;

        ConnectionFailed(SQLException cause) {
            super(cause);
            this.cause = cause;
        }
    }
}
