package org.mentormatch.participant.page;

import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the invitation link its own credential: the token in {@code /participant/{token}} becomes the request's
 * bearer token before anything else runs, so the page is verified exactly like {@code /me} (signature and expiry,
 * {@code CurrentInvitationCheck}, row-level security, {@code @RolesAllowed}). It replaces any Authorization header
 * sent along: the page shows whose link it is, never whose header. A path segment that cannot be a token leaves the
 * request without credentials, answered 401 like a forged one. Also gives the page its own Content-Security-Policy:
 * the service's default one forbids the stylesheet and the forms a page needs.
 */
@ApplicationScoped
public class PageLinkFilter {

    /** A compact JWS: three base64url parts. Anything else never reaches a header. */
    private static final Pattern PAGE = Pattern.compile("^/participant/([A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+\\.[A-Za-z0-9_-]+)(/.*)?$");

    static final String POLICY = "default-src 'none'; style-src 'self'; form-action 'self'; frame-ancestors 'none'; "
            + "base-uri 'none'";

    void register(@Observes Router router) {
        // Right after the body handler: before authentication, which reads the Authorization header.
        router.route("/participant/*").order(RouteConstants.ROUTE_ORDER_BODY_HANDLER + 1).handler(this::fromPath);
    }

    private void fromPath(RoutingContext context) {
        Matcher page = PAGE.matcher(context.normalizedPath());
        context.request().headers().remove(HttpHeaders.AUTHORIZATION);
        if (page.matches()) {
            context.request().headers().set(HttpHeaders.AUTHORIZATION, "Bearer " + page.group(1));
        }
        // At the end, so that it replaces the service-wide policy whichever handler wrote that one.
        context.addHeadersEndHandler(end -> context.response().headers().set("Content-Security-Policy", POLICY));
        context.next();
    }
}
