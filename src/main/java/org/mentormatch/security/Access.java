package org.mentormatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
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
 * What the caller of this request may see: every programme for an admin, otherwise the programmes its token
 * lists in the {@code programmes} claim. Entries that are not programme ids are ignored rather than trusted.
 */
@RequestScoped
public class Access {

    /** The token claim that lists a coordinator's or viewer's programmes. */
    public static final String PROGRAMMES_CLAIM = "programmes";

    private final SecurityIdentity identity;
    private Set<UUID> programmes;

    public Access(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public boolean isAdmin() {
        return isAuthenticated() && identity.hasRole(Roles.ADMIN);
    }

    /** Whether the caller may see this programme and everything under it. */
    public boolean maySee(UUID programmeId) {
        return isAdmin() || programmes().contains(programmeId);
    }

    /** The programmes the caller may see, unless it is an admin who sees them all. */
    public Optional<Set<UUID>> limitedTo() {
        return isAdmin() ? Optional.empty() : Optional.of(programmes());
    }

    /** Who is acting, as the token names them. */
    public String subject() {
        return identity.getPrincipal().getName();
    }

    /** The row-level security setting for this caller: {@code *} for an admin, else the programme ids. */
    String databaseScope() {
        if (isAdmin()) {
            return ProgrammeScope.EVERY_PROGRAMME;
        }
        return programmes().stream().map(UUID::toString).collect(Collectors.joining(","));
    }

    private Set<UUID> programmes() {
        if (programmes == null) {
            programmes = isAuthenticated() ? claimed().flatMap(Access::asUuid).collect(Collectors.toUnmodifiableSet()) : Set.of();
        }
        return programmes;
    }

    /** From the bearer token, or from an identity attribute where tests build the identity without a token. */
    private Stream<String> claimed() {
        Object claim = identity.getPrincipal() instanceof JsonWebToken token
                ? token.getClaim(PROGRAMMES_CLAIM)
                : identity.getAttribute(PROGRAMMES_CLAIM);
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
