package org.mentormatch.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** What every answer must be, however hostile the request: no server error, and every client error a problem. */
final class Verdict {

    static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Every answer carries these (see application.properties); only their presence is checked here. */
    private static final List<String> SECURITY_HEADERS = List.of("X-Content-Type-Options", "X-Frame-Options",
            "Content-Security-Policy", "Referrer-Policy", "Cache-Control");

    private Verdict() {
    }

    /** What is wrong with {@code answer}; empty if nothing is. */
    static List<String> of(Response answer) {
        List<String> wrong = new ArrayList<>();
        int status = answer.statusCode();
        if (status >= 500) {
            wrong.add("server error " + status + ": " + excerpt(answer));
        } else if (status >= 400) {
            wrong.addAll(problemShape(answer, status));
        }
        SECURITY_HEADERS.stream().filter(header -> answer.header(header) == null)
                .forEach(header -> wrong.add(status + " without " + header));
        return wrong;
    }

    private static List<String> problemShape(Response answer, int status) {
        String type = answer.contentType();
        if (type == null || !type.startsWith(PROBLEM_JSON)) {
            return List.of(status + " as " + type + " instead of " + PROBLEM_JSON + ": " + excerpt(answer));
        }
        try {
            JsonNode problem = JSON.readTree(answer.asByteArray());
            List<String> wrong = new ArrayList<>();
            if (problem == null || problem.path("status").asInt() != status) {
                wrong.add(status + " problem whose status is " + (problem == null ? null : problem.get("status")));
            }
            if (problem == null || !problem.path("title").isTextual() || problem.path("title").asText().isBlank()) {
                wrong.add(status + " problem without a title: " + excerpt(answer));
            }
            return wrong;
        } catch (IOException e) {
            return List.of(status + " problem that is not JSON: " + excerpt(answer));
        }
    }

    private static String excerpt(Response answer) {
        String body = answer.asString();
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    /** Groups findings by operation and kind of fault, with one request that shows it. */
    record Finding(String operationId, String fault, String request) {

        static String report(List<Finding> findings) {
            StringBuilder report = new StringBuilder();
            Map<String, List<Finding>> byFault = new TreeMap<>();
            findings.forEach(finding -> byFault.computeIfAbsent(finding.operationId + ": " + finding.fault.replaceAll(":.*", ""),
                    key -> new ArrayList<>()).add(finding));
            byFault.forEach((fault, examples) -> report.append("\n  ").append(fault).append(" (×").append(examples.size())
                    .append(")\n    e.g. ").append(examples.get(0).request).append("\n    -> ").append(examples.get(0).fault));
            return report.toString();
        }
    }
}
