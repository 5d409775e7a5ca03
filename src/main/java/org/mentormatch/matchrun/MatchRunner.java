package org.mentormatch.matchrun;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mentormatch.jobs.InstanceName;
import org.mentormatch.jobs.JobEngine;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.solver.ExactAssignmentPhase;
import org.mentormatch.matching.solver.InertConstraints;
import org.mentormatch.security.ProgrammeScope;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.Solver;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.localsearch.LocalSearchPhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Solves a match run on the job engine's thread that claimed it, from the input its row stored: the same cohort,
 * policy, seed and limits give the same result on any instance and in any attempt. This map holds only the
 * handles needed to stop the runs solving here; the run's row in PostgreSQL is the truth about its state.
 */
@ApplicationScoped
class MatchRunner {

    private static final Logger LOG = Logger.getLogger(MatchRunner.class);
    private static final long SCORE_WRITE_INTERVAL_MILLIS = 1000;

    /** What became of a claimed run: it ended (or had nothing to do), or this instance gave it back. */
    enum Outcome { ENDED, HANDED_BACK }

    private enum Stop { CANCEL, HAND_BACK }

    private record ActiveSolve(Solver<MatchPlan> solver, AtomicReference<Stop> stop, AtomicBoolean proven,
            AtomicLong lastScoreWrite) {

        void stop(Stop why) {
            stop.compareAndSet(null, why);
            solver.terminateEarly();
        }
    }

    private final SolverConfig baseConfig;
    private final RunStore store;
    private final SnapshotLoader loader;
    private final InstanceName instance;
    private final JobEngine jobs;
    private final RunMeters meters;
    private final Duration unimprovedLimit;
    private final Map<UUID, ActiveSolve> active = new ConcurrentHashMap<>();

    MatchRunner(SolverConfig baseConfig, RunStore store, SnapshotLoader loader, InstanceName instance, JobEngine jobs,
            RunMeters meters, @ConfigProperty(name = "mentor-match.matching.unimproved-seconds", defaultValue = "3") int unimprovedSeconds) {
        this.baseConfig = baseConfig;
        this.store = store;
        this.loader = loader;
        this.instance = instance;
        this.jobs = jobs;
        this.meters = meters;
        this.unimprovedLimit = Duration.ofSeconds(unimprovedSeconds);
    }

    /**
     * Claims the run and solves it here, on the calling thread, while the job engine's heartbeat shows the cluster
     * that this instance is alive. The run is read in the service's scope (it names its programme), then solved
     * seeing that programme only, which is all that row-level security lets the solve see.
     */
    Outcome solve(UUID runId) {
        if (jobs.isStopping()) {
            return Outcome.HANDED_BACK;
        }
        Optional<RunInput> claimed;
        try {
            claimed = ProgrammeScope.system(() -> store.claim(runId, instance.get()));
        } catch (RuntimeException e) {
            // The row changed between the claim's read and its write (a stop before solving began): look again.
            claimed = ProgrammeScope.system(() -> store.claim(runId, instance.get()));
        }
        if (claimed.isEmpty()) {
            return Outcome.ENDED;
        }
        RunInput input = claimed.get();
        meters.begun(input);
        return ProgrammeScope.forProgramme(input.programmeId(), () -> solveClaimed(input, () -> read(input)));
    }

    /** Solves a claimed attempt at a run from what {@code reader} reads; the run ends FAILED if that fails. */
    Outcome solveClaimed(RunInput input, Supplier<CohortSnapshot> reader) {
        try {
            CohortSnapshot snapshot = reader.get();
            store.recordInput(input.runId(), input.attempt(), loader.hash(snapshot));
            return solve(input, snapshot);
        } catch (RuntimeException e) {
            if (jobs.isStopping()) {
                store.handBack(input.runId(), input.attempt());
                return Outcome.HANDED_BACK;
            }
            LOG.errorf(e, "Match run %s failed", input.runId());
            store.fail(input.runId(), "The solver failed: " + e);
            return Outcome.ENDED;
        } finally {
            active.remove(input.runId());
        }
    }

    /** The cohort as it is now, judged by the policy the run stored when it was queued. */
    private CohortSnapshot read(RunInput input) {
        CohortSnapshot now = loader.load(input.cohortId(), input.mode());
        return new CohortSnapshot(input.policy(), now.mentees(), now.mentors(), now.exclusions(), now.affinities(),
                now.pinned(), now.leftOut());
    }

    private Outcome solve(RunInput input, CohortSnapshot snapshot) {
        UUID runId = input.runId();
        AtomicReference<Solver<MatchPlan>> solving = new AtomicReference<>();
        AtomicBoolean proven = new AtomicBoolean();
        // A step-limited run asked for its local-search steps; any other stops once nothing can be better. The
        // phase says so itself: a best-solution event comes only if the optimum improved on the start.
        Runnable whenProvenOptimal = input.stepLimit() != null ? () -> { } : () -> {
            proven.set(true);
            solving.get().terminateEarly();
        };
        SolverFactory<MatchPlan> factory = SolverFactory.create(configFor(input, whenProvenOptimal));
        Solver<MatchPlan> solver = factory.buildSolver();
        solving.set(solver);
        ActiveSolve run = new ActiveSolve(solver, new AtomicReference<>(), proven, new AtomicLong());
        active.put(runId, run);
        solver.addEventListener(event -> {
            recordBestScore(input, run, event.getNewBestSolution());
            if (run.stop().get() != null) {
                solver.terminateEarly(); // asked before the solver had begun, which resets the request
            }
        });
        long started = System.nanoTime();
        MatchPlan best = solver.solve(plan(snapshot));
        Duration spent = Duration.ofNanos(System.nanoTime() - started);
        meters.solved(spent);
        Stop stop = run.stop().get();
        if (stop == Stop.HAND_BACK) {
            store.handBack(runId, input.attempt());
            return Outcome.HANDED_BACK;
        }
        boolean cancelled = stop == Stop.CANCEL;
        var explanation = SolutionManager.<MatchPlan, HardMediumSoftLongScore>create(factory).explain(best);
        store.finish(runId, input.attempt(), cancelled ? RunStatus.CANCELLED : RunStatus.COMPLETED,
                best.getScore().toString(), RunReport.of(runId, best, explanation, snapshot.pinned(), snapshot.leftOut()),
                cancelled ? "Stopped early by a coordinator; the best result found is kept" : null,
                reason(input, run, cancelled, spent));
        return Outcome.ENDED;
    }

    /**
     * Stops the runs solving here that someone asked to stop, on whichever instance they asked: the request is
     * stored on the run, so this look costs one query a second while this instance solves anything.
     */
    @Scheduled(every = "{mentor-match.matching.cancel-check}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void stopCancelledRuns() {
        if (active.isEmpty()) {
            return;
        }
        List<UUID> requested = ProgrammeScope.system(() -> store.cancelRequested(List.copyOf(active.keySet())));
        requested.forEach(this::cancelHere);
    }

    /** Stops a run if it solves on this instance; its best result so far becomes its result. */
    void cancelHere(UUID runId) {
        ActiveSolve run = active.get(runId);
        if (run != null) {
            run.stop(Stop.CANCEL);
        }
    }

    /**
     * On shutdown, before the job engine stops, the runs solving here stop and are handed back, so that another
     * instance takes them over at once instead of after the heartbeat timeout.
     */
    void handBackAll(@Observes @Priority(JobEngine.STOP_PRIORITY - 1) ShutdownEvent shutdown) {
        if (!active.isEmpty()) {
            LOG.infof("Stopping: handing back %d match runs", active.size());
        }
        active.values().forEach(run -> run.stop(Stop.HAND_BACK));
    }

    private TerminationReason reason(RunInput input, ActiveSolve run, boolean cancelled, Duration spent) {
        if (cancelled) {
            return TerminationReason.CANCELLED;
        }
        if (run.proven().get()) {
            return TerminationReason.PROVEN_OPTIMAL;
        }
        if (spent.compareTo(Duration.ofSeconds(input.timeLimitSeconds())) >= 0) {
            return TerminationReason.TIME_LIMIT;
        }
        return input.stepLimit() == null ? TerminationReason.UNIMPROVED : TerminationReason.STEP_LIMIT;
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

    private void recordBestScore(RunInput input, ActiveSolve run, MatchPlan best) {
        long now = System.currentTimeMillis();
        // Improvements come many times a second at first; the row needs only the latest now and then.
        if (now - run.lastScoreWrite().get() >= SCORE_WRITE_INTERVAL_MILLIS) {
            run.lastScoreWrite().set(now);
            store.recordBestScore(input.runId(), input.attempt(), best.getScore().toString());
        }
    }

    private SolverConfig configFor(RunInput input, Runnable whenProvenOptimal) {
        SolverConfig config = new SolverConfig(baseConfig);
        config.setRandomSeed(input.seed());
        config.setScoreDirectorFactoryConfig(
                InertConstraints.leftOutOf(baseConfig.getScoreDirectorFactoryConfig(), input.policy()));
        TerminationConfig termination = new TerminationConfig().withSpentLimit(Duration.ofSeconds(input.timeLimitSeconds()));
        LocalSearchPhaseConfig localSearch = new LocalSearchPhaseConfig();
        if (input.stepLimit() == null) {
            termination.setUnimprovedSpentLimit(unimprovedLimit);
        } else {
            localSearch.setTerminationConfig(new TerminationConfig().withStepCountLimit(input.stepLimit()));
        }
        // The exact optimum of the linear part first (no construction heuristic needed: unmatched = null is a
        // valid start), then local search for what is not linear.
        config.setPhaseConfigList(List.of(new CustomPhaseConfig()
                .withCustomPhaseCommands(new ExactAssignmentPhase(whenProvenOptimal)), localSearch));
        config.setTerminationConfig(termination);
        return config;
    }
}
