package org.mentormatch.security;

import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Signs access tokens with the service's own key, where it has one ({@link LocalSigningKey}). */
@ApplicationScoped
public class TokenIssuer {

    private final Optional<PrivateKey> key;

    TokenIssuer(@ConfigProperty(name = LocalSigningKey.PRIVATE_KEY_FILE) Optional<Path> keyFile) {
        this.key = keyFile.map(LocalSigningKey::read);
    }

    /** Whether this service signs its own tokens; with an identity provider it does not. */
    public boolean canIssue() {
        return key.isPresent();
    }

    public IssuedToken issue(String subject, String role, Collection<UUID> programmes, Duration validFor) {
        Instant expiresAt = Instant.now().plus(validFor);
        String token = Jwt.issuer(LocalSigningKey.ISSUER)
                .subject(subject)
                .groups(Set.of(role))
                .claim(Access.PROGRAMMES_CLAIM, programmes.stream().map(UUID::toString).toList())
                .expiresAt(expiresAt)
                .sign(key.orElseThrow(() -> new IllegalStateException("This service does not sign tokens")));
        return new IssuedToken(token, expiresAt);
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
