package org.mentormatch.api;

import java.net.URI;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of every error body (RFC 9457), for the contract: the errors themselves are written by
 * quarkus-resteasy-problem.
 */
@Schema(name = "Problem", description = "An error, as RFC 9457 application/problem+json")
public record ProblemDetail(
        @Schema(description = "What kind of problem this is", example = "https://mentor-match.org/problems/not-found") URI type,
        @Schema(description = "Short summary of the problem type", example = "Not Found") String title,
        @Schema(description = "HTTP status code", example = "404") int status,
        @Schema(description = "What went wrong in this request", example = "Programme 3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00 does not exist") String detail,
        @Schema(description = "The request path the problem belongs to", example = "/programmes/3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00") URI instance,
        @Schema(description = "For invalid input: each offending field and why") List<Violation> violations) {

    @Schema(name = "Violation", description = "One invalid field of a request")
    public record Violation(
            @Schema(description = "The field, as a path in the body or the name of a parameter", example = "email") String field,
            @Schema(description = "Where the field is: body, query, path or header", example = "body") String in,
            @Schema(description = "What is wrong with it", example = "must be a well-formed email address") String message) {
    }
}
