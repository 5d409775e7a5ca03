package org.mentormatch.security;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.Claims;

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
        String token = claims(subject, role, programmes).expiresAt(expiresAt).sign(signingKey());
        return new IssuedToken(token, expiresAt);
    }

    /**
     * A participant's token: role {@link Roles#PARTICIPANT}, one programme, their profile in the
     * {@link Access#PARTICIPANT_CLAIM} claim and {@code tokenId} as its {@code jti}, the id the service keeps to
     * tell the current invitation from a replaced one (participant.CurrentInvitationCheck).
     */
    public IssuedToken issueParticipant(String subject, UUID programmeId, UUID profileId, UUID tokenId, Duration validFor) {
        Instant expiresAt = Instant.now().plus(validFor);
        String token = claims(subject, Roles.PARTICIPANT, List.of(programmeId))
                .claim(Access.PARTICIPANT_CLAIM, profileId.toString())
                .claim(Claims.jti.name(), tokenId.toString())
                .expiresAt(expiresAt)
                .sign(signingKey());
        return new IssuedToken(token, expiresAt);
    }

    private static JwtClaimsBuilder claims(String subject, String role, Collection<UUID> programmes) {
        return Jwt.issuer(LocalSigningKey.ISSUER)
                .subject(subject)
                .groups(Set.of(role))
                .claim(Access.PROGRAMMES_CLAIM, programmes.stream().map(UUID::toString).toList());
    }

    private PrivateKey signingKey() {
        return key.orElseThrow(() -> new IllegalStateException("This service does not sign tokens"));
    }

    public record IssuedToken(String token, Instant expiresAt) {
    }
}
