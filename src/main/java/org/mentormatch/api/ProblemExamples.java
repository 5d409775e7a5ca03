package org.mentormatch.api;

/** Example error bodies for the contract, as the service really writes them. */
final class ProblemExamples {
    static final String BAD_REQUEST = """
            {"status": 400, "title": "Bad Request", "instance": "/programmes",
             "violations": [{"field": "name", "in": "body", "message": "must not be blank"}]}""";
    static final String NOT_FOUND = """
            {"type": "https://mentor-match.org/problems/not-found", "status": 404, "title": "Not Found",
             "detail": "Programme 3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00 does not exist",
             "instance": "/programmes/3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00"}""";
    static final String CONFLICT = """
            {"type": "https://mentor-match.org/problems/has-profiles", "status": 409, "title": "Conflict",
             "detail": "Cohort 2024 holds 12 profiles; delete with ?cascade=true to remove them too",
             "instance": "/programmes/3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00"}""";
    static final String STALE = """
            {"type": "https://mentor-match.org/problems/stale", "status": 412, "title": "Precondition Failed",
             "detail": "The resource has changed since you read it (If-Match); read it again and reapply your change",
             "instance": "/programmes/3f0c2a4e-8d7b-4c1e-9a55-0b7e2d9c1f00", "currentETag": "\\"3\\""}""";
    static final String IF_MATCH_REQUIRED = """
            {"type": "https://mentor-match.org/problems/if-match-required", "status": 428, "title": "Precondition Required",
             "detail": "Send the ETag you read in If-Match, so that a change made meanwhile is not overwritten",
             "instance": "/me"}""";
    static final String TOO_LARGE = """
            {"status": 413, "title": "Request Entity Too Large",
             "detail": "The request body is larger than 1048576 bytes", "instance": "/programmes"}""";
    static final String UNSUPPORTED = """
            {"status": 415, "title": "Unsupported Media Type",
             "detail": "Send the body as application/json", "instance": "/programmes"}""";

    static final String UNAUTHORIZED = """
            {"status": 401, "title": "Unauthorized", "instance": "/programmes"}""";
    static final String FORBIDDEN = """
            {"status": 403, "title": "Forbidden", "instance": "/programmes"}""";

    private ProblemExamples() {
    }
}
