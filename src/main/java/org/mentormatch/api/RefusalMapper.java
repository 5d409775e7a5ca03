package org.mentormatch.api;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.refusal.Refusal;
import org.mentormatch.refusal.Stale;
import org.mentormatch.refusal.Unprocessable;
import org.mentormatch.refusal.Violation;

/**
 * The one place where the service's refusals become problems: each kind its status, its type under
 * {@link Problems}, its detail and the facts it names as extension fields; field violations in the shape of a
 * validation error (all of them are about the body).
 */
public class RefusalMapper {

    @ServerExceptionMapper
    public Response refusal(Refusal refusal, UriInfo uri) {
        // Through the extension's own post-processing, like a thrown HttpProblem: it adds the instance and logs.
        return ExceptionMapperBase.postProcessorsRegistry.applyPostProcessing(problemOf(refusal), ProblemContext.of(refusal, uri))
                .toResponse();
    }

    static HttpProblem problemOf(Refusal refusal) {
        int status = statusOf(refusal);
        HttpProblem.Builder problem = HttpProblem.builder()
                .withStatus(status)
                .withTitle(status == UNPROCESSABLE ? "Unprocessable Content" : Status.fromStatusCode(status).getReasonPhrase())
                .withDetail(refusal.detail());
        if (refusal.type() != null) {
            problem.withType(Problems.type(refusal.type()));
        }
        refusal.facts().forEach(problem::with);
        if (refusal instanceof Stale stale) {
            problem.with("currentETag", ETags.of(stale.currentVersion()).toString());
        }
        if (!refusal.violations().isEmpty()) {
            problem.with("violations", refusal.violations().stream().map(RefusalMapper::inBody).toList());
        }
        return problem.build();
    }

    /** 422 (RFC 9110), which JAX-RS 3.1 has no constant for. */
    private static final int UNPROCESSABLE = 422;

    private static int statusOf(Refusal refusal) {
        if (refusal instanceof NotFound) {
            return Status.NOT_FOUND.getStatusCode();
        }
        if (refusal instanceof Conflict) {
            return Status.CONFLICT.getStatusCode();
        }
        if (refusal instanceof Stale) {
            return Status.PRECONDITION_FAILED.getStatusCode();
        }
        if (refusal instanceof Unprocessable) {
            return UNPROCESSABLE;
        }
        return Status.BAD_REQUEST.getStatusCode(); // Invalid, the last of the sealed five
    }

    private static Map<String, String> inBody(Violation violation) {
        Map<String, String> entry = new LinkedHashMap<>();
        entry.put("field", violation.field());
        entry.put("in", "body");
        entry.put("message", violation.message());
        return entry;
    }
}
