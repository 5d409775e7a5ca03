package org.mentormatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.json.JsonArray;
import jakarta.json.JsonString;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What one caller may see: every programme for an admin, otherwise the programmes its token lists in the
 * {@code programmes} claim. Entries that are not programme ids are ignored rather than trusted.
 * {@code databaseScope} is the row-level security setting this grant needs ({@code *} for an admin, else the
 * programme ids, none: no rows).
 */
record Grant(boolean authenticated, boolean admin, Set<UUID> programmes, String databaseScope) {

    /**
     * The identity attribute that holds the grant of a verified token ({@link VerifiedTokens}): a token's claims
     * never change, so its grant is read from them once, not on every request that brings the token.
     */
    static final String ATTRIBUTE = Grant.class.getName();

    private static final Grant NOBODY = new Grant(false, false, Set.of(), "");

    static Grant of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return NOBODY;
        }
        // Roles come from the token too, but an augmentor could change them after the grant was kept: then read again.
        if (identity.getAttribute(ATTRIBUTE) instanceof Grant kept && kept.admin == identity.hasRole(Roles.ADMIN)) {
            return kept;
        }
        return read(identity);
    }

    /** The grant the identity's token (or, in tests, its attributes) claims. */
    static Grant read(SecurityIdentity identity) {
        boolean admin = identity.hasRole(Roles.ADMIN);
        Set<UUID> programmes = claimed(identity).flatMap(Grant::asUuid).collect(Collectors.toUnmodifiableSet());
        String scope = admin ? ProgrammeScope.EVERY_PROGRAMME
                : programmes.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
        return new Grant(true, admin, programmes, scope);
    }

    boolean maySee(UUID programmeId) {
        return admin || programmes.contains(programmeId);
    }

    Optional<Set<UUID>> limitedTo() {
        return admin ? Optional.empty() : Optional.of(programmes);
    }

    /** From the bearer token, or from an identity attribute where tests build the identity without a token. */
    private static Stream<String> claimed(SecurityIdentity identity) {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token
                ? token.getClaim(Access.PROGRAMMES_CLAIM)
                : identity.getAttribute(Access.PROGRAMMES_CLAIM);
        if (claim instanceof JsonArray array) {
            return array.stream().filter(JsonString.class::isInstance).map(value -> ((JsonString) value).getString());
        }
        if (claim instanceof Collection<?> values) {
            return values.stream().map(String::valueOf);
        }
        if (claim instanceof String text) {
            return Stream.of(text.split("[,\\s]+"));
        }
        return Stream.empty();
    }

    private static Stream<UUID> asUuid(String value) {
        try {
            return Stream.of(UUID.fromString(value.strip()));
        } catch (IllegalArgumentException notAnId) {
            return Stream.empty();
        }
    }
}
