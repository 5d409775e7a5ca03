package org.mentormatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.mentormatch.refusal.NotFound;

/** The caller of this request: who they are and which programmes they may see ({@link Grant}). */
@RequestScoped
public class Access {

    /** The token claim that lists a coordinator's or viewer's programmes. */
    public static final String PROGRAMMES_CLAIM = "programmes";
    /** The token claim that names a participant's own profile (a mentee's or a mentor's id). */
    public static final String PARTICIPANT_CLAIM = "participant";

    private final SecurityIdentity identity;
    private Grant grant;

    public Access(SecurityIdentity identity) {
        this.identity = identity;
    }

    public boolean isAuthenticated() {
        return grant().authenticated();
    }

    /** The programmes the caller may see, unless it is an admin who sees them all. */
    public Optional<Set<UUID>> limitedTo() {
        return grant().limitedTo();
    }

    /** Who is acting, as the token names them. */
    public String subject() {
        return identity.getPrincipal().getName();
    }

    /** The profile a participant acts as; empty for every other caller, or when the claim is not an id. */
    public Optional<UUID> participant() {
        return participantOf(identity);
    }

    /** {@link #participant()} of an identity being established, before a request's {@code Access} exists. */
    public static Optional<UUID> participantOf(SecurityIdentity identity) {
        if (!identity.hasRole(Roles.PARTICIPANT)) {
            return Optional.empty();
        }
        Object claim = identity.getPrincipal() instanceof JsonWebToken token
                ? token.getClaim(PARTICIPANT_CLAIM)
                : identity.getAttribute(PARTICIPANT_CLAIM);
        String text = claim instanceof JsonString json ? json.getString() : claim == null ? null : claim.toString();
        try {
            return Optional.ofNullable(text).map(String::strip).map(UUID::fromString);
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    /**
     * The row-level security setting of a participant: their profile id; a value no row has when the role comes
     * without a usable claim (an identity provider's mapping gone wrong sees nothing, not the programme); empty
     * for every other role.
     */
    String participantScope() {
        if (!identity.hasRole(Roles.PARTICIPANT)) {
            return "";
        }
        return participant().map(UUID::toString).orElse("none");
    }

    /** The profile a participant acts as; a participant token without a usable claim is answered 404. */
    public UUID requireParticipant() {
        return participant().orElseThrow(() -> NotFound.unavailable("no-participant",
                "The token names no profile in its participant claim"));
    }

    String databaseScope() {
        return grant().databaseScope();
    }

    private Grant grant() {
        if (grant == null) {
            grant = Grant.of(identity);
        }
        return grant;
    }
}
