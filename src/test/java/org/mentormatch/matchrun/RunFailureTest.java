package org.mentormatch.matchrun;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.jobs.InstanceName;
import org.mentormatch.security.ProgrammeScope;
import org.mentormatch.event.EventType;
import org.mentormatch.support.Api;
import org.mentormatch.support.FiredEvents;

/**
 * A run never stays stuck: a solver failure ends it FAILED with a message, and so does an instance dying under it
 * for the third time.
 */
@QuarkusTest
class RunFailureTest {

    @Inject
    MatchRunner runner;

    @Inject
    InstanceName instance;

    @Inject
    RunStore store;

    @Inject
    FiredEvents events;

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
                List.of(), Map.of(), Map.of());
        RunInput claimed = ProgrammeScope.system(() -> store.claim(runId, instance.get())).orElseThrow();
        ProgrammeScope.forProgramme(queued.programmeId(), () -> runner.solveClaimed(claimed, () -> snapshot));

        assertThat(statusOf(runId)).isEqualTo(RunStatus.FAILED);
        MatchRun run = inAllProgrammes(() -> MatchRun.findById(runId));
        assertThat(run.message).startsWith("The solver failed");
        assertThat(run.endedAt).isNotNull();
        assertToldOfFailure(queued, run);
    }

    @Test
    void shouldFailARunWhoseSolvingWasInterruptedThreeTimes() {
        Queued queued = queuedRun();
        UUID runId = queued.runId();
        // Three instances took the run and died under it; the job engine revives it once more.
        inAllProgrammes(() -> MatchRun.update("status = ?1, attempt = 3, worker = 'gone-3' where id = ?2",
                RunStatus.SOLVING, runId));

        assertThat(ProgrammeScope.system(() -> store.claim(runId, instance.get()))).isEmpty();

        MatchRun run = inAllProgrammes(() -> MatchRun.findById(runId));
        assertThat(run.status).isEqualTo(RunStatus.FAILED);
        assertThat(run.message).contains("interrupted 3 times").contains("gone-3");
        assertThat(run.endedAt).isNotNull();
        assertToldOfFailure(queued, run);
    }

    /** Other systems (webhooks) hear of the failure by ids and codes; the message stays here. */
    private void assertToldOfFailure(Queued queued, MatchRun run) {
        assertThat(events.of(EventType.RUN_FAILED, "runId", run.id.toString())).singleElement().satisfies(event -> {
            assertThat(event.programmeId()).isEqualTo(queued.programmeId());
            assertThat(event.data()).containsEntry("cohortId", run.cohortId.toString())
                    .containsEntry("status", "FAILED")
                    .containsEntry("mode", "FULL")
                    .doesNotContainKey("message");
        });
    }

    @Test
    void shouldCountEachAttemptAndNameItsWorker() {
        UUID runId = queuedRun().runId();

        RunInput first = ProgrammeScope.system(() -> store.claim(runId, "first")).orElseThrow();
        RunInput second = ProgrammeScope.system(() -> store.claim(runId, "second")).orElseThrow();

        assertThat(first.attempt()).isEqualTo(1);
        assertThat(second.attempt()).isEqualTo(2);
        MatchRun run = inAllProgrammes(() -> MatchRun.findById(runId));
        assertThat(run.status).isEqualTo(RunStatus.SOLVING);
        assertThat(run.worker).isEqualTo("second");
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
