package org.mentormatch.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.quarkus.oidc.runtime.OidcIdentityProvider;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.TokenAuthenticationRequest;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Bearer tokens OIDC has verified, kept until they expire. A caller sends the same token with every request, and
 * verifying it (decoding, parsing its claims, checking the RSA signature) took a sixth of a profile read's time.
 * quarkus-oidc caches only what it learns from an identity provider's introspection and user-info endpoints, not
 * tokens it verifies itself with a key, so this provider sits in front of OIDC's: a token verified before is
 * answered with the identity OIDC made of it; any other token goes to OIDC, and is kept only once OIDC accepts it.
 * Tokens are kept by their SHA-256, never as text. A kept identity carries its token's {@link Grant}, read from the
 * claims once rather than on every request (the programme filter and row-level security each need it).
 * <p>
 * Only verification is skipped: the identity augmentors still run on every request, so a participant token whose
 * invitation was replaced is refused at once (participant.CurrentInvitationCheck).
 */
@ApplicationScoped
class VerifiedTokens implements IdentityProvider<TokenAuthenticationRequest> {

    /** Ten thousand callers' tokens at a few kilobytes each: bounded memory whatever arrives. */
    private static final int MOST_TOKENS = 10_000;
    /** What OIDC puts on an identity but belongs to the request it came with; each request gets its own. */
    private static final List<String> REQUEST_ATTRIBUTES =
            List.of(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE, AuthenticationRequestContext.class.getName());

    /** One digest per thread (digest() leaves it ready for the next token): looking the algorithm up each time costs more than hashing. */
    private static final ThreadLocal<MessageDigest> SHA_256 = ThreadLocal.withInitial(VerifiedTokens::sha256);

    private final OidcIdentityProvider oidc;
    private final Cache<String, SecurityIdentity> verified = Caffeine.newBuilder()
            .maximumSize(MOST_TOKENS)
            .expireAfter(Expiry.creating((String token, SecurityIdentity identity) -> untilExpiry(identity)))
            .build();

    VerifiedTokens(OidcIdentityProvider oidc) {
        this.oidc = oidc;
    }

    @Override
    public Class<TokenAuthenticationRequest> getRequestType() {
        return TokenAuthenticationRequest.class;
    }

    /** Asked before OIDC's provider, which has the default priority; it calls that itself for tokens it has not seen. */
    @Override
    public int priority() {
        return IdentityProvider.super.priority() + 1;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(TokenAuthenticationRequest request, AuthenticationRequestContext context) {
        String key = hash(request.getToken().getToken());
        SecurityIdentity known = verified.getIfPresent(key);
        if (known != null) {
            return Uni.createFrom().item(withRequest(known, HttpSecurityUtils.getRoutingContextAttribute(request)));
        }
        return oidc.authenticate(request, context).map(identity -> {
            if (identity == null || identity.isAnonymous()) {
                return identity;
            }
            SecurityIdentity granted = QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(Grant.ATTRIBUTE, Grant.read(identity))
                    .build();
            verified.put(key, withRequest(granted, null));
            return granted;
        });
    }

    /** Whether a token is kept: what tests look at. */
    boolean holds(String token) {
        return verified.getIfPresent(hash(token)) != null;
    }

    private static SecurityIdentity withRequest(SecurityIdentity identity, RoutingContext request) {
        QuarkusSecurityIdentity.Builder builder = QuarkusSecurityIdentity.builder(identity);
        for (String attribute : REQUEST_ATTRIBUTES) {
            Object value = request == null ? null
                    : attribute.equals(HttpSecurityUtils.ROUTING_CONTEXT_ATTRIBUTE) ? request : request.get(attribute);
            builder.addAttribute(attribute, value);
        }
        return builder.build();
    }

    /** Until the token's exp; a token without one is not kept (OIDC refuses those anyway). */
    private static Duration untilExpiry(SecurityIdentity identity) {
        long expiresAt = identity.getPrincipal() instanceof JsonWebToken token ? token.getExpirationTime() : 0;
        Duration left = Duration.between(Instant.now(), Instant.ofEpochSecond(expiresAt));
        return expiresAt == 0 || left.isNegative() ? Duration.ZERO : left;
    }

    private static String hash(String token) {
        return Base64.getEncoder().encodeToString(SHA_256.get().digest(token.getBytes(StandardCharsets.US_ASCII)));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every JVM has SHA-256", e);
        }
    }
}
