package org.mentormatch.intake;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A refused import as problem+json: 400 for an unreadable file, 422 listing the invalid cells. */
public class SheetRefusedMapper {

    @ServerExceptionMapper
    public Response refused(SheetRefused refusal) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withStatus(new UnprocessableOr(refusal.status()))
                .withDetail(refusal.getMessage());
        if (refusal.status() == 422) {
            problem.withType(URI.create("https://mentor-match.org/problems/invalid-rows"))
                    .withTitle("Unprocessable Content")
                    .with("errors", refusal.errors())
                    .with("total", refusal.total());
        } else {
            problem.withType(URI.create("https://mentor-match.org/problems/unreadable-sheet")).withTitle("Bad Request");
        }
        return problem.build().toResponse();
    }

    /** JAX-RS 3.1 has no constant for 422. */
    private record UnprocessableOr(int code) implements Response.StatusType {

        @Override
        public int getStatusCode() {
            return code;
        }

        @Override
        public Response.Status.Family getFamily() {
            return Response.Status.Family.CLIENT_ERROR;
        }

        @Override
        public String getReasonPhrase() {
            return code == 422 ? "Unprocessable Content" : Response.Status.fromStatusCode(code).getReasonPhrase();
        }
    }
}
