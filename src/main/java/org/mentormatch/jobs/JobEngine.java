package org.mentormatch.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerName;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.OnStartup;
import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * The cluster's job engine: db-scheduler over the service's PostgreSQL. Every instance polls the one
 * {@code scheduled_tasks} table and claims a due job with a row lock, so each job runs on exactly one live
 * instance; heartbeats show which jobs are alive, and a job whose instance stopped beating is revived elsewhere.
 * The features contribute their tasks as CDI beans ({@link Task}); recurring ones are scheduled at start-up.
 */
@ApplicationScoped
public class JobEngine {

    /** Observers of {@link ShutdownEvent} with a lower number run before the engine stops. */
    public static final int STOP_PRIORITY = 2000;
    private static final Logger LOG = Logger.getLogger(JobEngine.class);

    private final AgroalDataSource dataSource;
    private final Instance<Task<?>> tasks;
    private final JobSettings settings;
    private final InstanceName instance;
    private volatile Scheduler scheduler;

    JobEngine(AgroalDataSource dataSource, Instance<Task<?>> tasks, JobSettings settings, InstanceName instance) {
        this.dataSource = dataSource;
        this.tasks = tasks;
        this.settings = settings;
        this.instance = instance;
    }

    void start(@Observes StartupEvent startup) {
        List<Task<?>> known = tasks.stream().toList();
        // Tasks that schedule themselves on start-up (the recurring ones) are registered as such.
        @SuppressWarnings({"rawtypes", "unchecked"})
        List selfScheduling = known.stream().filter(OnStartup.class::isInstance).toList();
        scheduler = Scheduler.create(new SystemScopedDataSource(dataSource),
                        known.stream().filter(task -> !(task instanceof OnStartup)).toList())
                .startTasks(selfScheduling)
                .schedulerName(new SchedulerName.Fixed(instance.get()))
                .threads(settings.threads())
                .pollingInterval(settings.pollingInterval())
                .heartbeatInterval(settings.heartbeat())
                .missedHeartbeatsLimit(settings.missedHeartbeats())
                .shutdownMaxWait(settings.shutdownWait())
                // select … for update skip locked, never more jobs than free threads: a run waits in the table,
                // where any instance with a free thread can take it, not in one instance's queue.
                .pollUsingLockAndFetch(0.5, 1.0)
                .build();
        scheduler.start();
        LOG.infof("Job engine started as %s: %d tasks, %d threads", instance.get(), known.size(), settings.threads());
    }

    /**
     * Stops claiming work, then waits for the running jobs to end or hand themselves back. Features that hold
     * long jobs stop them on the same event, before this (a lower priority number).
     */
    void stop(@Observes @Priority(STOP_PRIORITY) ShutdownEvent shutdown) {
        if (scheduler != null) {
            scheduler.stop();
        }
    }

    /**
     * Queues a job to run now. Inside a transaction its row is written in that transaction, so the job exists
     * exactly when the work it names was committed; {@link #wakeUp()} after the commit starts it here at once.
     */
    public <T> void schedule(TaskInstance<T> job) {
        scheduler.schedule(job, Instant.now());
    }

    /** Looks for due jobs now rather than at the next poll. */
    public void wakeUp() {
        scheduler.triggerCheckForDueExecutions();
    }

    /** Whether this instance is stopping: jobs it starts now should hand themselves back at once. */
    public boolean isStopping() {
        return scheduler == null || scheduler.getSchedulerState().isShuttingDown();
    }
}
