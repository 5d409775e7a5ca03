package org.mentormatch.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Where the service signs its own tokens, the first admin needs one: at start-up it writes a fresh admin token
 * next to the signing key, and in dev mode also prints it, so a developer can start calling the API at once.
 */
@ApplicationScoped
class LocalAdminToken {

    private static final Logger LOG = Logger.getLogger(LocalAdminToken.class);
    private static final Duration VALID_FOR = Duration.ofHours(12);

    private final TokenIssuer issuer;
    private final Optional<Path> keyFile;

    LocalAdminToken(TokenIssuer issuer, @ConfigProperty(name = LocalSigningKey.PRIVATE_KEY_FILE) Optional<Path> keyFile) {
        this.issuer = issuer;
        this.keyFile = keyFile;
    }

    void announce(@Observes StartupEvent startup) {
        // The issuer signs exactly when this key file is configured.
        if (keyFile.isEmpty()) {
            return;
        }
        String token = issuer.issue("local-admin", Roles.ADMIN, List.of(), VALID_FOR).token();
        Path file = keyFile.get().resolveSibling("admin.token");
        try {
            LocalSigningKey.writeOwnerOnly(file, token.getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (LaunchMode.current() == LaunchMode.DEVELOPMENT) {
            LOG.infof("""
                    Admin token (12 h), also in %s:
                    export TOKEN=%s
                    A coordinator's token for programme $P: POST /access-tokens (see README, "Access").""", file, token);
        } else {
            LOG.infof("An admin token (valid 12 h) is in %s; grant further access with POST /access-tokens", file);
        }
    }
}
