package org.mentormatch.matchrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.security.ProgrammeScope;
import org.mentormatch.support.Api;

/** A run never stays stuck: a solver failure and a service restart both end it FAILED with a message. */
@QuarkusTest
class RunFailureTest {

    @Inject
    MatchRunner runner;

    @Inject
    RunStore store;

    @Test
    void shouldEndARunFailedWithAMessageWhenTheSolverFails() {
        Queued queued = queuedRun();
        UUID runId = queued.runId();
        // Mentee index 3 in a list of one: the pair table refuses to be built, inside the solver thread.
        MenteeFact broken = new MenteeFact(3, UUID.randomUUID(), "2511", null, null, null, null, List.of("en"), null,
                null, null, null, null, MeetingMode.EITHER);
        MentorFact mentor = new MentorFact(0, UUID.randomUUID(), "2511", null, null, null, null, List.of("en"), null,
                true, null, null, 1, null);
        // As the request that queues a run does, within the run's programme.
        CohortSnapshot snapshot = new CohortSnapshot(MatchingPolicy.defaults(), List.of(broken), List.of(mentor), List.of(),
                List.of(), Map.of());
        ProgrammeScope.forProgramme(queued.programmeId(),
                () -> runner.submit(runId, queued.programmeId(), snapshot, new RunRequest(5, 0L, null, null)));

        await().atMost(Duration.ofSeconds(30)).until(() -> statusOf(runId) == RunStatus.FAILED);
        MatchRun run = inAllProgrammes(() -> MatchRun.findById(runId));
        assertThat(run.message).startsWith("The solver failed");
        assertThat(run.endedAt).isNotNull();
    }

    @Test
    void shouldFailRunsThatWereActiveWhenTheServiceStopped() {
        UUID runId = queuedRun().runId();
        inAllProgrammes(() -> MatchRun.update("status = ?1 where id = ?2", RunStatus.SOLVING, runId));

        assertThat(ProgrammeScope.system(() -> store.failInterrupted())).isGreaterThanOrEqualTo(1);

        assertThat(statusOf(runId)).isEqualTo(RunStatus.FAILED);
        MatchRun run = inAllProgrammes(() -> MatchRun.findById(runId));
        assertThat(run.message).contains("Interrupted");
    }

    private record Queued(UUID programmeId, UUID runId) {
    }

    /** The test works outside any request, as the service's background work does: it names its scope. */
    private static <T> T inAllProgrammes(Callable<T> work) {
        return ProgrammeScope.system(() -> QuarkusTransaction.requiringNew().call(work));
    }

    private static void inAllProgrammes(Runnable work) {
        ProgrammeScope.system(() -> QuarkusTransaction.requiringNew().run(work));
    }

    private static Queued queuedRun() {
        String programmeId = Api.createProgramme();
        UUID cohortId = UUID.fromString(Api.createCohort(programmeId));
        return new Queued(UUID.fromString(programmeId), inAllProgrammes(() -> {
            MatchRun run = new MatchRun();
            run.cohortId = cohortId;
            run.timeLimitSeconds = 5;
            run.policy = MatchingPolicy.defaults();
            run.inputHash = "0".repeat(64);
            run.termination = "5 s";
            run.persist();
            return run.id;
        }));
    }

    private static RunStatus statusOf(UUID runId) {
        return inAllProgrammes(() -> MatchRun.<MatchRun>findById(runId).status);
    }
}
