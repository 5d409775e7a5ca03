package org.mentormatch.matchrun;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.UUID;
import org.mentormatch.jobs.JobEngine;

/**
 * A match run as a job of the cluster's engine: a one-time task whose instance and data are the run's id. The
 * engine hands it to one instance; if that instance dies, the engine revives it on another one (the run's row
 * counts the attempts). A run handed back by a stopping instance is due again at once.
 */
@ApplicationScoped
class RunJob {

    static final String TASK_NAME = "match-run";

    private final JobEngine jobs;

    RunJob(JobEngine jobs) {
        this.jobs = jobs;
    }

    @Produces
    @Singleton // the task is a library class that cannot be proxied
    CustomTask<UUID> matchRunTask(MatchRunner runner) {
        return Tasks.custom(TASK_NAME, UUID.class)
                .execute((job, context) -> switch (runner.solve(job.getData())) {
                    case ENDED -> new CompletionHandler.OnCompleteRemove<>();
                    case HANDED_BACK -> (complete, operations) -> operations.reschedule(complete, Instant.now());
                });
    }

    /** Queues the run in the caller's transaction: its job exists exactly when its row was committed. */
    void queue(UUID runId) {
        jobs.schedule(new TaskInstance<>(TASK_NAME, runId.toString(), runId));
    }

    /** Starts queued runs here now, rather than at this instance's next poll. */
    void startQueued() {
        jobs.wakeUp();
    }
}
