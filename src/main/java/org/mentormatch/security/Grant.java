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
 */
record Grant(boolean authenticated, boolean admin, Set<UUID> programmes) {

    static Grant of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous()) {
            return new Grant(false, false, Set.of());
        }
        return new Grant(true, identity.hasRole(Roles.ADMIN),
                claimed(identity).flatMap(Grant::asUuid).collect(Collectors.toUnmodifiableSet()));
    }

    boolean maySee(UUID programmeId) {
        return admin || programmes.contains(programmeId);
    }

    Optional<Set<UUID>> limitedTo() {
        return admin ? Optional.empty() : Optional.of(programmes);
    }

    /** The row-level security setting: {@code *} for an admin, else the programme ids (none: no rows). */
    String databaseScope() {
        return admin ? ProgrammeScope.EVERY_PROGRAMME
                : programmes.stream().map(UUID::toString).sorted().collect(Collectors.joining(","));
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
