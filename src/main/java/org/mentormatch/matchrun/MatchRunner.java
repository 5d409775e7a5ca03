package org.mentormatch.matchrun;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.solver.ExactAssignmentPhase;
import org.mentormatch.security.ProgrammeScope;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.api.solver.SolverManager;
import org.optaplanner.core.api.solver.SolverStatus;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs match runs through OptaPlanner's SolverManager. Each run gets a manager of its own, because its seed
 * and termination are part of the run (a shared manager has one configuration for all jobs). This map holds
 * only the handles needed to stop a run; the run's row in PostgreSQL is the truth about its state.
 */
@ApplicationScoped
class MatchRunner {

    private static final Logger LOG = Logger.getLogger(MatchRunner.class);
    private static final long SCORE_WRITE_INTERVAL_MILLIS = 1000;

    private final SolverConfig baseConfig;
    private final RunStore store;
    private final Duration unimprovedLimit;
    private final Map<UUID, ActiveRun> active = new ConcurrentHashMap<>();

    private record ActiveRun(SolverManager<MatchPlan, UUID> manager, AtomicBoolean cancelled, AtomicLong lastScoreWrite) {
    }

    MatchRunner(SolverConfig baseConfig, RunStore store,
            @ConfigProperty(name = "mentor-match.matching.unimproved-seconds", defaultValue = "3") int unimprovedSeconds) {
        this.baseConfig = baseConfig;
        this.store = store;
        this.unimprovedLimit = Duration.ofSeconds(unimprovedSeconds);
    }

    void recoverInterruptedRuns(@Observes StartupEvent startup) {
        int interrupted = ProgrammeScope.system(store::failInterrupted);
        if (interrupted > 0) {
            LOG.warnf("%d match runs were active when the service stopped; marked FAILED", interrupted);
        }
    }

    void stopAll(@Observes ShutdownEvent shutdown) {
        active.values().forEach(run -> run.manager().close());
    }

    /**
     * Solves on the manager's own threads, outside any request: each handler that touches the database names
     * the run's programme, which is all that row-level security lets it see.
     */
    void submit(UUID runId, UUID programmeId, CohortSnapshot snapshot, RunRequest request) {
        SolverFactory<MatchPlan> factory = SolverFactory.create(configFor(request));
        SolverManager<MatchPlan, UUID> manager = SolverManager.create(factory);
        active.put(runId, new ActiveRun(manager, new AtomicBoolean(), new AtomicLong()));
        if (!store.isQueued(runId)) {
            release(runId); // stopped between its commit and here: nothing to solve
            return;
        }
        manager.solveAndListen(runId,
                id -> {
                    ProgrammeScope.forProgramme(programmeId, () -> store.markSolving(id));
                    return plan(snapshot);
                },
                best -> ProgrammeScope.forProgramme(programmeId, () -> recordBestScore(runId, best)),
                finalBest -> ProgrammeScope.forProgramme(programmeId, () -> finish(runId, factory, finalBest, snapshot.pinned())),
                (id, error) -> {
                    ProgrammeScope.forProgramme(programmeId, () -> store.fail(id, "The solver failed: " + error));
                    release(id);
                });
    }

    /**
     * Stops a run early; its best result so far becomes its result. A run whose solving has not begun is
     * cancelled outright: OptaPlanner then calls none of its handlers, so its row is ended here.
     */
    void cancel(UUID runId) {
        ActiveRun run = active.get(runId);
        if (run == null || run.manager().getSolverStatus(runId) != SolverStatus.SOLVING_ACTIVE) {
            if (run != null) {
                run.manager().terminateEarly(runId);
            }
            store.cancelUnstarted(runId);
            release(runId);
            return;
        }
        run.cancelled().set(true);
        run.manager().terminateEarly(runId);
    }

    private static MatchPlan plan(CohortSnapshot snapshot) {
        PairTable table = PairTable.build(snapshot.mentees(), snapshot.mentors(), snapshot.policy(), snapshot.exclusions(),
                snapshot.affinities());
        Map<UUID, MentorFact> mentorsById = new HashMap<>();
        snapshot.mentors().forEach(mentor -> mentorsById.put(mentor.id(), mentor));
        List<MenteeAssignment> assignments = snapshot.mentees().stream()
                .map(mentee -> {
                    MentorFact kept = mentorsById.get(snapshot.pinned().get(mentee.id()));
                    return kept == null ? MenteeAssignment.unassigned(mentee) : new MenteeAssignment(mentee, kept, true);
                })
                .toList();
        return new MatchPlan(table, snapshot.mentors(), assignments);
    }

    private void recordBestScore(UUID runId, MatchPlan best) {
        ActiveRun run = active.get(runId);
        long now = System.currentTimeMillis();
        // Improvements come many times a second at first; the row needs only the latest now and then.
        if (run != null && now - run.lastScoreWrite().get() >= SCORE_WRITE_INTERVAL_MILLIS) {
            run.lastScoreWrite().set(now);
            store.recordBestScore(runId, best.getScore().toString());
        }
    }

    private void finish(UUID runId, SolverFactory<MatchPlan> factory, MatchPlan best, Map<UUID, UUID> pinned) {
        try {
            ActiveRun run = active.get(runId);
            boolean cancelled = run != null && run.cancelled().get();
            var explanation = SolutionManager.<MatchPlan, HardMediumSoftLongScore>create(factory).explain(best);
            store.finish(runId, cancelled ? RunStatus.CANCELLED : RunStatus.COMPLETED, best.getScore().toString(),
                    RunReport.of(runId, best, explanation, pinned),
                    cancelled ? "Stopped early by a coordinator; the best result found is kept" : null);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Match run %s could not be written", runId);
            store.fail(runId, "The result could not be written: " + e.getMessage());
        } finally {
            release(runId);
        }
    }

    private void release(UUID runId) {
        ActiveRun run = active.remove(runId);
        if (run != null) {
            // Not on this thread: it is one of the manager's own, which close() shuts down.
            CompletableFuture.runAsync(run.manager()::close);
        }
    }

    private SolverConfig configFor(RunRequest request) {
        SolverConfig config = new SolverConfig(baseConfig);
        config.setRandomSeed(request.seedOrDefault());
        TerminationConfig termination = new TerminationConfig().withSpentLimit(Duration.ofSeconds(request.timeLimit()));
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        if (request.stepLimit() == null) {
            termination.setUnimprovedSpentLimit(unimprovedLimit);
        } else {
            localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(request.stepLimit()));
        }
        // The exact optimum of the linear part first (no construction heuristic needed: unmatched = null is a
        // valid start), then local search for what is not linear.
        config.setPhaseConfigList(List.of(new CustomPhaseConfig()
                .withCustomPhaseCommandClassList(List.of(ExactAssignmentPhase.class)), localSearch));
        config.setTerminationConfig(termination);
        return config;
    }
}
