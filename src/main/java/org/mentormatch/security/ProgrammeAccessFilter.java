package org.mentormatch.security;

import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mentormatch.api.Problems;

/**
 * The one place that keeps callers inside their programmes: every resource under
 * {@code /programmes/{programmeId}} answers 404 to a caller who may not see that programme, exactly as if it did
 * not exist, so its existence does not leak. PostgreSQL row-level security backs this up ({@link RowLevelSecurity}).
 */
public class ProgrammeAccessFilter {

    private static final String PROGRAMME_ID = "programmeId";

    private final Access access;

    public ProgrammeAccessFilter(Access access) {
        this.access = access;
    }

    @ServerRequestFilter
    public void keepCallerInsideTheirProgrammes(UriInfo uri) {
        String raw = uri.getPathParameters().getFirst(PROGRAMME_ID);
        // An anonymous caller is answered 401 by the role check; a malformed id 404 by the resource itself.
        if (raw == null || !access.isAuthenticated()) {
            return;
        }
        UUID programmeId;
        try {
            programmeId = UUID.fromString(raw);
        } catch (IllegalArgumentException notAnId) {
            return;
        }
        if (!access.maySee(programmeId)) {
            throw Problems.notFound("Programme", programmeId);
        }
    }
}
