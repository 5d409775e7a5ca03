package org.mentormatch.api;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.servers.Server;
import org.eclipse.microprofile.openapi.annotations.servers.ServerVariable;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The contract's shared parts: the bearer-token scheme every operation requires and the error responses every
 * operation refers to by name. Their schemas,
 * HttpProblem and HttpValidationProblem, are contributed by quarkus-resteasy-problem, which writes the bodies.
 */
@OpenAPIDefinition(
        info = @Info(title = "mentor-match", version = "0.1.0"),
        // Client generators take the first server as their default address. The README's local start is the one
        // every reader can use; the host is a variable because each deployment has its own.
        servers = @Server(url = "{scheme}://{host}", description = "Where the service runs",
                variables = {
                    @ServerVariable(name = "scheme", defaultValue = "http", enumeration = {"http", "https"},
                            description = "https in a deployment; http for the local start"),
                    @ServerVariable(name = "host", defaultValue = "localhost:8080",
                            description = "Host and port: localhost:8080 when started as in the README (Run and "
                                    + "test), a deployment's own address otherwise")
                }),
        security = @SecurityRequirement(name = ApiDefinition.BEARER),
        tags = {
            @Tag(name = "Programmes", description = "Mentoring programmes a coordinator runs"),
            @Tag(name = "Cohorts", description = "A programme's yearly intakes"),
            @Tag(name = "Mentors", description = "Mentor profiles of a cohort"),
            @Tag(name = "Mentees", description = "Mentee profiles of a cohort"),
            @Tag(name = "Import", description = "Mentors and mentees from spreadsheets: templates, all-or-nothing imports, returning mentors"),
            @Tag(name = "Matching", description = "What a cohort's match must respect and what it should favour"),
            @Tag(name = "Exclusions", description = "Pairs a coordinator says must never be matched"),
            @Tag(name = "Match runs", description = "Batch matches of a cohort, their progress and their proposals"),
            @Tag(name = "Review", description = "Coordinators' decisions on matches: accept, reject, hand-match, publish, withdraw, audit"),
            @Tag(name = "Personal data", description = "A person's data-protection rights: a copy of everything held "
                    + "about them, and its erasure"),
            @Tag(name = "Demo data", description = "A realistic made-up cohort to try the service with; development only"),
            @Tag(name = "Access", description = "Granting access where the service signs its own tokens"),
            @Tag(name = "Programme year", description = "What happens after publishing: participants' own access, "
                    + "check-ins, feedback, outcomes, reports, and webhooks that tell other systems")
        },
        components = @Components(
        securitySchemes = @SecurityScheme(securitySchemeName = ApiDefinition.BEARER, type = SecuritySchemeType.HTTP,
                scheme = "bearer", bearerFormat = "JWT",
                description = "A token from the organisation's identity provider (or POST /access-tokens where the service "
                        + "signs its own). Its groups claim holds the role: admin, coordinator or viewer; its programmes "
                        + "claim the programmes a coordinator or viewer may see."),
        responses = {
            @APIResponse(name = ApiDefinition.UNAUTHORIZED, responseCode = "401",
                    description = "No bearer token, or one that is malformed, expired or not signed by a trusted key",
                    content = @Content(mediaType = ApiDefinition.PROBLEM_JSON,
                            schema = @Schema(ref = "HttpProblem"),
                            examples = @ExampleObject(name = "unauthorized", value = ProblemExamples.UNAUTHORIZED))),
            @APIResponse(name = ApiDefinition.FORBIDDEN, responseCode = "403",
                    description = "The token's role may not do this (a viewer writing, a coordinator creating a programme)",
                    content = @Content(mediaType = ApiDefinition.PROBLEM_JSON,
                            schema = @Schema(ref = "HttpProblem"),
                            examples = @ExampleObject(name = "forbidden", value = ProblemExamples.FORBIDDEN))),
            @APIResponse(name = ApiDefinition.BAD_REQUEST, responseCode = "400",
                    description = "The request is malformed or a field is invalid; the fields are named",
                    content = @Content(mediaType = ApiDefinition.PROBLEM_JSON,
                            schema = @Schema(ref = "HttpValidationProblem"),
                            examples = @ExampleObject(name = "invalid-field", value = ProblemExamples.BAD_REQUEST))),
            @APIResponse(name = ApiDefinition.NOT_FOUND, responseCode = "404",
                    description = "A resource in the path does not exist, or is in a programme the caller may not see",
                    content = @Content(mediaType = ApiDefinition.PROBLEM_JSON,
                            schema = @Schema(ref = "HttpProblem"),
                            examples = @ExampleObject(name = "not-found", value = ProblemExamples.NOT_FOUND))),
            @APIResponse(name = ApiDefinition.CONFLICT, responseCode = "409",
                    description = "The request conflicts with the current state",
                    content = @Content(mediaType = ApiDefinition.PROBLEM_JSON,
                            schema = @Schema(ref = "HttpProblem"),
                            examples = @ExampleObject(name = "conflict", value = ProblemExamples.CONFLICT))),
            @APIResponse(name = ApiDefinition.PRECONDITION_FAILED, responseCode = "412",
                    description = "If-Match names a version that is no longer current",
                    content = @Content(mediaType = ApiDefinition.PROBLEM_JSON,
                            schema = @Schema(ref = "HttpProblem"),
                            examples = @ExampleObject(name = "stale", value = ProblemExamples.STALE))),
            @APIResponse(name = ApiDefinition.PAYLOAD_TOO_LARGE, responseCode = "413",
                    description = "The request body is larger than the service accepts",
                    content = @Content(mediaType = ApiDefinition.PROBLEM_JSON,
                            schema = @Schema(ref = "HttpProblem"),
                            examples = @ExampleObject(name = "too-large", value = ProblemExamples.TOO_LARGE))),
            @APIResponse(name = ApiDefinition.UNSUPPORTED_MEDIA_TYPE, responseCode = "415",
                    description = "The request body is not in a media type this operation reads",
                    content = @Content(mediaType = ApiDefinition.PROBLEM_JSON,
                            schema = @Schema(ref = "HttpProblem"),
                            examples = @ExampleObject(name = "unsupported", value = ProblemExamples.UNSUPPORTED)))
        }))
public class ApiDefinition extends Application {

    public static final String PROBLEM_JSON = "application/problem+json";
    public static final String BEARER = "bearer";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
}
