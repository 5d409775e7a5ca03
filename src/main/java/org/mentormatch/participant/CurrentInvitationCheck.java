package org.mentormatch.participant;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mentormatch.security.Access;
import org.mentormatch.security.ProgrammeScope;
import org.mentormatch.security.Roles;
import org.mentormatch.security.TokenIssuer;

/**
 * Honours only the latest invitation: a participant token this service signed is accepted only while its
 * {@code jti} is the one its profile's {@link Invitation} keeps, so inviting again (or a deleted profile) withdraws
 * the earlier token, answered 401 like an expired one. Where an identity provider issues the tokens, the service
 * signs none; the provider's role and {@code participant} claim are then trusted as they are, and withdrawing a
 * token is the provider's business.
 */
@ApplicationScoped
public class CurrentInvitationCheck implements SecurityIdentityAugmentor {

    private final TokenIssuer issuer;

    CurrentInvitationCheck(TokenIssuer issuer) {
        this.issuer = issuer;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (!issuer.canIssue() || identity.isAnonymous() || !identity.hasRole(Roles.PARTICIPANT)) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            if (!isCurrent(identity)) {
                throw new AuthenticationFailedException("This invitation was replaced by a newer one");
            }
            return identity;
        });
    }

    private static boolean isCurrent(SecurityIdentity identity) {
        Optional<UUID> profileId = Access.participantOf(identity);
        String tokenId = identity.getPrincipal() instanceof JsonWebToken token ? token.getTokenID() : null;
        if (profileId.isEmpty() || tokenId == null) {
            return false;
        }
        // The service's own lookup, before the caller's scope exists: it reads one row by the token's own claim.
        return ProgrammeScope.system(() -> QuarkusTransaction.requiringNew().call(() -> Invitation.of(profileId.get())
                .map(invitation -> invitation.tokenId.toString().equals(tokenId))
                .orElse(false)));
    }
}
