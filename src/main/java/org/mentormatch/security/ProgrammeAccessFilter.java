package org.mentormatch.security;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.mentormatch.refusal.NotFound;

/**
 * The one place that keeps callers inside their programmes: every request under
 * {@code /programmes/{programmeId}} is answered 404 when the caller may not see that programme, exactly as if
 * it did not exist, so its existence does not leak; this runs before routing and before the role checks, so
 * even an operation the caller's role forbids answers 404 there rather than 403. PostgreSQL row-level
 * security backs it up ({@link RowLevelSecurity}).
 */
public class ProgrammeAccessFilter {

    private static final Pattern UNDER_A_PROGRAMME = Pattern.compile("^/programmes/([^/]+)(/.*)?$");

    private final CurrentIdentityAssociation identities;

    public ProgrammeAccessFilter(CurrentIdentityAssociation identities) {
        this.identities = identities;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> keepCallerInsideTheirProgrammes(ContainerRequestContext request) {
        Optional<UUID> programmeId = programmeOf(request.getUriInfo().getPath());
        if (programmeId.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        return identities.getDeferredIdentity().map(identity -> {
            Grant grant = Grant.of(identity);
            // An anonymous caller is answered 401 by the role check.
            if (grant.authenticated() && !grant.maySee(programmeId.get())) {
                throw new NotFound("Programme", programmeId.get());
            }
            return null;
        });
    }

    /** The programme a path is under; a malformed id is left to the resource, which answers 404 for it too. */
    private static Optional<UUID> programmeOf(String path) {
        Matcher matcher = UNDER_A_PROGRAMME.matcher(path);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(UUID.fromString(matcher.group(1)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
