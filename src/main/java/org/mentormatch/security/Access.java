package org.mentormatch.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** The caller of this request: who they are and which programmes they may see ({@link Grant}). */
@RequestScoped
public class Access {

    /** The token claim that lists a coordinator's or viewer's programmes. */
    public static final String PROGRAMMES_CLAIM = "programmes";

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
