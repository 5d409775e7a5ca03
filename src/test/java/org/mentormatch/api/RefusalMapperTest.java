package org.mentormatch.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkiverse.resteasy.problem.HttpProblem;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.refusal.Stale;
import org.mentormatch.refusal.Unprocessable;
import org.mentormatch.refusal.Violation;

/** Each kind of refusal becomes the problem the service has always answered with; no Quarkus boot needed. */
class RefusalMapperTest {

    private static final UUID ID = UUID.fromString("3f1c2a4e-8d2b-4c1e-9a57-2b8e6f0d1c3a");

    @Test
    void shouldNameTheMissingResource() {
        HttpProblem problem = RefusalMapper.problemOf(new NotFound("Match run", ID));

        assertThat(problem.getStatusCode()).isEqualTo(404);
        assertThat(problem.getType()).isEqualTo(URI.create("https://mentor-match.org/problems/not-found"));
        assertThat(problem.getTitle()).isEqualTo("Not Found");
        assertThat(problem.getDetail()).isEqualTo("Match run " + ID + " does not exist");
        assertThat(problem.getParameters()).containsExactly(Map.entry("resource", "Match run"), Map.entry("id", ID));
    }

    @Test
    void shouldAnswerAFeatureNotOfferedAsNotFoundOfItsOwnType() {
        HttpProblem problem = RefusalMapper.problemOf(NotFound.unavailable("demo-data-disabled", "Only in development"));

        assertThat(problem.getStatusCode()).isEqualTo(404);
        assertThat(problem.getType()).isEqualTo(URI.create("https://mentor-match.org/problems/demo-data-disabled"));
        assertThat(problem.getParameters()).isEmpty();
    }

    @Test
    void shouldKeepAConflictsFactsAndViolationsInOrder() {
        HttpProblem problem = RefusalMapper.problemOf(new Conflict("email-taken", "Taken",
                List.of(new Violation("email", "is already used"))).with("activeRunId", ID));

        assertThat(problem.getStatusCode()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("Conflict");
        assertThat(problem.getType()).isEqualTo(URI.create("https://mentor-match.org/problems/email-taken"));
        assertThat(problem.getParameters()).containsExactly(Map.entry("activeRunId", ID),
                Map.entry("violations", List.of(Map.of("field", "email", "in", "body", "message", "is already used"))));
    }

    @Test
    void shouldTellAStaleWriterTheCurrentETag() {
        HttpProblem problem = RefusalMapper.problemOf(new Stale(7));

        assertThat(problem.getStatusCode()).isEqualTo(412);
        assertThat(problem.getTitle()).isEqualTo("Precondition Failed");
        assertThat(problem.getType()).isEqualTo(URI.create("https://mentor-match.org/problems/stale"));
        assertThat(problem.getParameters()).containsExactly(Map.entry("currentETag", "\"7\""));
    }

    @Test
    void shouldAnswerInvalidFieldsLikeAValidationErrorWithoutTypeOrDetail() {
        HttpProblem problem = RefusalMapper.problemOf(new Invalid("menteeId", "is not a mentee of this cohort"));

        assertThat(problem.getStatusCode()).isEqualTo(400);
        assertThat(problem.getTitle()).isEqualTo("Bad Request");
        assertThat(problem.getType()).isNull();
        assertThat(problem.getDetail()).isNull();
        assertThat(problem.getParameters()).containsExactly(Map.entry("violations",
                List.of(Map.of("field", "menteeId", "in", "body", "message", "is not a mentee of this cohort"))));
    }

    @Test
    void shouldAnswerAnUnreadableBodyAsBadRequestOfItsOwnType() {
        HttpProblem problem = RefusalMapper.problemOf(Invalid.unreadable("unreadable-sheet", "Not a workbook"));

        assertThat(problem.getStatusCode()).isEqualTo(400);
        assertThat(problem.getType()).isEqualTo(URI.create("https://mentor-match.org/problems/unreadable-sheet"));
        assertThat(problem.getDetail()).isEqualTo("Not a workbook");
        assertThat(problem.getParameters()).isEmpty();
    }

    @Test
    void shouldAnswerUnprocessableContentWithWhatToMend() {
        HttpProblem problem = RefusalMapper.problemOf(new Unprocessable("invalid-rows", "2 invalid cells")
                .with("errors", List.of("a", "b")).with("total", 2));

        assertThat(problem.getStatusCode()).isEqualTo(422);
        assertThat(problem.getTitle()).isEqualTo("Unprocessable Content");
        assertThat(problem.getType()).isEqualTo(URI.create("https://mentor-match.org/problems/invalid-rows"));
        assertThat(problem.getParameters()).containsExactly(Map.entry("errors", List.of("a", "b")), Map.entry("total", 2));
    }
}
