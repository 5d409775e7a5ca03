package org.mentormatch.participant.page;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mentormatch.checkin.CheckInRequest;
import org.mentormatch.checkin.CheckInService;
import org.mentormatch.feedback.FeedbackAnswer;
import org.mentormatch.feedback.FeedbackService;
import org.mentormatch.participant.MeService;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.Violation;
import org.mentormatch.security.Roles;
import org.mentormatch.feedback.DueFeedback;
import org.mentormatch.participant.MeResponse;
import org.mentormatch.participant.CurrentMatch;
import org.mentormatch.match.MatchStatus;
import java.util.UUID;
import java.util.List;

/**
 * The page an invitation link opens: the participant's match, a form to record a meeting and one to answer feedback,
 * in English or Danish. HTML for browsers, not part of the API contract (hidden from OpenAPI). The token in the path is
 * the credential ({@link PageLinkFilter}); the forms need no CSRF token besides it, because another site cannot know
 * it and a browser sends it only in the address of this page, which no Referer carries (Referrer-Policy: no-referrer).
 */
@Path("/participant/{token}")
@Produces(MediaType.TEXT_HTML)
public class ParticipantPage {

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance page(PageView page);

        static native TemplateInstance invalid(String lang, String basePath);
    }

    private final MeService me;
    private final CheckInService checkIns;
    private final FeedbackService feedback;
    private final FormCheck forms;
    private final Clock clock;

    public ParticipantPage(MeService me, CheckInService checkIns, FeedbackService feedback, FormCheck forms, Clock clock) {
        this.me = me;
        this.checkIns = checkIns;
        this.feedback = feedback;
        this.forms = forms;
        this.clock = clock;
    }

    @GET
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(hidden = true)
    public TemplateInstance show(@PathParam("token") String token, @QueryParam("saved") String saved,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages, UriInfo uri) {
        String confirmed = "check-in".equals(saved) || "feedback".equals(saved) ? saved : null;
        return page(token, languages, uri, Set.of(), Map.of(), confirmed, false);
    }

    @POST
    @Path("/check-ins")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(hidden = true)
    public RestResponse<TemplateInstance> recordMeeting(@PathParam("token") String token,
            @FormParam("date") String date, @FormParam("minutes") String minutes, @FormParam("mode") String mode,
            @FormParam("topics") String topics, @FormParam("note") String note, @FormParam("matchId") String matchId,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages, UriInfo uri) {
        Map<String, String> sent = sent("date", date, "minutes", minutes, "mode", mode, "topics", topics, "note", note,
                "matchId", matchId);
        Set<String> unreadable = new HashSet<>();
        CheckInRequest request = new CheckInForm(date, minutes, mode, topics, note).request(unreadable);
        UUID match = chosenMatch(matchId, unreadable);
        return save(token, languages, uri, sent, forms.fieldsAtFault(request, unreadable), "check-in",
                () -> checkIns.recordOwn(me.ownId(), match, request));
    }

    @POST
    @Path("/feedback")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    @RolesAllowed(Roles.PARTICIPANT)
    @Operation(hidden = true)
    public RestResponse<TemplateInstance> answerFeedback(@PathParam("token") String token,
            @FormParam("fit") String fit, @FormParam("continue") String continuePair, @FormParam("comment") String comment,
            @FormParam("matchId") String matchId, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String languages, UriInfo uri) {
        Map<String, String> sent = sent("fit", fit, "continue", continuePair, "comment", comment, "matchId", matchId);
        Set<String> unreadable = new HashSet<>();
        FeedbackAnswer answer = new FeedbackForm(fit, continuePair, comment).answer(unreadable);
        UUID match = chosenMatch(matchId, unreadable);
        return save(token, languages, uri, sent, forms.fieldsAtFault(answer, unreadable), "feedback", () -> {
            // The service would answer the next round early; the page asks only while one is due (a form sent twice).
            if (feedback.own(me.ownId(), match).due().isEmpty()) {
                throw new Conflict("no-round-open", "No feedback round is due");
            }
            return feedback.answerOwn(me.ownId(), match, answer);
        });
    }

    /** An expired, replaced or forged link (or none): a page saying so, in the reader's language, not a problem. */
    @ServerExceptionMapper({AuthenticationFailedException.class, UnauthorizedException.class})
    public RestResponse<String> invalidLink(HttpHeaders headers, UriInfo uri) {
        return refused(RestResponse.Status.UNAUTHORIZED, headers, uri);
    }

    /** A token of another role (a coordinator's, say) opens no participant's page. */
    @ServerExceptionMapper(ForbiddenException.class)
    public RestResponse<String> notAParticipant(HttpHeaders headers, UriInfo uri) {
        return refused(RestResponse.Status.FORBIDDEN, headers, uri);
    }

    private RestResponse<TemplateInstance> save(String token, String languages, UriInfo uri, Map<String, String> sent,
            Set<String> atFault, String what, Supplier<Object> store) {
        if (!atFault.isEmpty()) {
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, page(token, languages, uri, atFault, sent, null, false));
        }
        try {
            store.get();
        } catch (Invalid refused) {
            Set<String> fields = new HashSet<>(refused.violations().stream().map(Violation::field).toList());
            return RestResponse.status(RestResponse.Status.BAD_REQUEST, page(token, languages, uri, fields, sent, null, false));
        } catch (Conflict refused) {
            // The service's sentence is English and for programs; the page says it in the reader's language.
            return RestResponse.status(RestResponse.Status.CONFLICT, page(token, languages, uri, Set.of(), sent, null, true));
        }
        return RestResponse.seeOther(URI.create(pagePath(uri, token) + "?saved=" + what));
    }

    /** The pair a form names (a mentor with several chooses one); absent means their only one. */
    private static UUID chosenMatch(String matchId, Set<String> unreadable) {
        if (matchId == null || matchId.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(matchId.strip());
        } catch (IllegalArgumentException notAnId) {
            unreadable.add("matchId");
            return null;
        }
    }

    private TemplateInstance page(String token, String languages, UriInfo uri, Set<String> errors,
            Map<String, String> sent, String saved, boolean refused) {
        var locale = Language.of(languages);
        MeResponse own = me.read();
        List<CurrentMatch> published = own.matches() == null ? List.of() : own.matches().stream()
                .filter(match -> match.status() == MatchStatus.PUBLISHED).toList();
        // A mentor with several pairs owes feedback on each; with one (or none) the service knows which.
        List<DueFeedback> due = published.size() > 1
                ? published.stream().flatMap(match -> feedback.own(me.ownId(), match.id()).due().stream()).toList()
                : feedback.own(me.ownId(), null).due();
        PageView view = new PageView(locale.getLanguage(), basePath(uri), pagePath(uri, token), own,
                due, LocalDate.now(clock), errors, sent, saved, refused);
        return Templates.page(view).setLocale(locale);
    }

    private static RestResponse<String> refused(RestResponse.Status status, HttpHeaders headers, UriInfo uri) {
        var locale = Language.of(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
        String html = Templates.invalid(locale.getLanguage(), basePath(uri)).setLocale(locale).render();
        return RestResponse.ResponseBuilder.create(status, html).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8")).build();
    }

    private static String basePath(UriInfo uri) {
        String base = uri.getBaseUri().getRawPath();
        return base.endsWith("/") ? base : base + "/";
    }

    private static String pagePath(UriInfo uri, String token) {
        return basePath(uri) + "participant/" + token;
    }

    /** The values as sent, to show again next to their messages; absent ones left out. */
    private static Map<String, String> sent(String... namesAndValues) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                values.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        return values;
    }
}
