package org.mentormatch.audit;

import jakarta.enterprise.context.RequestScoped;
import org.mentormatch.security.Access;

/** Who is acting in this request, as the audit trail records it: the subject of the caller's token. */
@RequestScoped
public class Actor {

    static final String UNKNOWN = "unknown";
    private static final int MAX_LENGTH = 200;

    private final Access access;

    public Actor(Access access) {
        this.access = access;
    }

    public String name() {
        if (!access.isAuthenticated()) {
            return UNKNOWN;
        }
        String name = access.subject().strip();
        return name.length() > MAX_LENGTH ? name.substring(0, MAX_LENGTH) : name;
    }
}
