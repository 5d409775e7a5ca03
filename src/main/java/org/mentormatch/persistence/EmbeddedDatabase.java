package org.mentormatch.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.jboss.logging.Logger;
import org.mentormatch.LaunchSetting;

/**
 * A real PostgreSQL server, run by the service itself when no external database is configured, so that the
 * service works on a machine with nothing but a JDK. Its data directory survives restarts.
 */
public final class EmbeddedDatabase {

    static final String URL_KEY = "quarkus.datasource.jdbc.url";
    static final String DATA_DIR_KEY = "mentor-match.data-dir";
    static final String PORT_KEY = "mentor-match.embedded-postgres.port";
    static final String DEFAULT_DATA_DIR = "data/postgres";
    static final String APPLICATION_ROLE = "mentor_match_app";

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private EmbeddedDatabase() {
    }

    /**
     * Starts the embedded server and points the datasource at it, unless a JDBC URL is configured by system
     * property or environment (then that server is used and nothing is started). Dev-mode restarts run this
     * again in the same JVM; the URL set the first time makes them reuse the running server.
     */
    public static void startUnlessConfigured() {
        if (LaunchSetting.of(URL_KEY).isPresent()) {
            LOG.info("Using the configured PostgreSQL; no embedded server started");
            return;
        }
        Path dataDir = Path.of(LaunchSetting.of(DATA_DIR_KEY).orElse(DEFAULT_DATA_DIR)).toAbsolutePath();
        int port = LaunchSetting.of(PORT_KEY).map(Integer::parseInt).orElse(0);
        EmbeddedPostgres server = start(dataDir, port);
        settingsFor(server.getPort()).forEach(System::setProperty);
        LOG.infof("Embedded PostgreSQL on port %d, data in %s", server.getPort(), dataDir);
    }

    /**
     * How the service connects to an embedded server on {@code port}: migrations as the superuser who owns
     * the schema, everything else as the application role that row-level security applies to (migration V5
     * creates it). The server listens on the loopback interface only, so fixed local passwords do.
     */
    public static Map<String, String> settingsFor(int port) {
        return Map.of(
                // No user in the URL: PgJDBC would let it override the username below.
                URL_KEY, "jdbc:postgresql://localhost:%d/postgres".formatted(port),
                "quarkus.datasource.username", APPLICATION_ROLE,
                "quarkus.datasource.password", APPLICATION_ROLE,
                "quarkus.flyway.username", "postgres",
                "quarkus.flyway.password", "postgres");
    }

    /**
     * Starts PostgreSQL on {@code dataDir}, creating the cluster on first use. A server left running by a
     * killed earlier process holds the data directory, so it is shut down first. The server stops when the
     * JVM exits (zonky registers a shutdown hook).
     */
    public static EmbeddedPostgres start(Path dataDir, int port) {
        try {
            Files.createDirectories(dataDir);
            stopOrphanedServer(dataDir);
            return EmbeddedPostgres.builder()
                    .setDataDirectory(dataDir)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    // zonky turns this off for throw-away test databases; ours must survive a crash.
                    .setServerConfig("synchronous_commit", "on")
                    .setPGStartupWait(STARTUP_WAIT)
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir, e);
        }
    }

    private static void stopOrphanedServer(Path dataDir) throws IOException {
        Path pidFile = dataDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        String firstLine = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
        if (firstLine.isEmpty()) {
            return;
        }
        Optional<ProcessHandle> orphan = ProcessHandle.of(Long.parseLong(firstLine))
                .filter(ProcessHandle::isAlive)
                .filter(EmbeddedDatabase::isPostgres);
        if (orphan.isEmpty()) {
            return; // a stale pid file: PostgreSQL itself recovers from it
        }
        LOG.warnf("Stopping PostgreSQL server %d left running by an earlier process", orphan.get().pid());
        // SIGTERM is PostgreSQL's smart shutdown; its clients died with the old process, so it ends promptly.
        orphan.get().destroy();
        try {
            orphan.get().onExit().get(ORPHAN_SHUTDOWN_WAIT.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
        } catch (Exception e) {
            throw new IOException("The PostgreSQL server left running on " + dataDir + " did not stop", e);
        }
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> command.contains("postgres")).orElse(true);
    }
}
