package org.mentormatch.api;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Two writers read the same version and both passed the If-Match check; the version column lets only the
 * first commit. The second is told, like any stale writer, to read again.
 */
public class ConcurrentChangeMapper {

    @ServerExceptionMapper
    public Response concurrentChange(OptimisticLockException e) {
        return HttpProblem.builder()
                .withType(Problems.type("stale"))
                .withStatus(Response.Status.PRECONDITION_FAILED)
                .withTitle("Precondition Failed")
                .withDetail("Someone else changed the resource at the same time; read it again and reapply your change")
                .build()
                .toResponse();
    }
}
