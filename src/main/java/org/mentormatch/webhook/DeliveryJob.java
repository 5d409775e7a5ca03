package org.mentormatch.webhook;

import com.github.kagkarlsson.scheduler.task.CompletionHandler;
import com.github.kagkarlsson.scheduler.task.TaskInstance;
import com.github.kagkarlsson.scheduler.task.helper.CustomTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.UUID;
import org.mentormatch.jobs.JobEngine;

/**
 * A delivery as a job of the cluster's engine: a one-time task whose instance is the delivery's id and whose data
 * is its programme, the scope the job works in. A failed attempt reschedules the same job for its retry.
 */
@ApplicationScoped
class DeliveryJob {

    static final String TASK_NAME = "webhook-delivery";

    private final JobEngine jobs;

    DeliveryJob(JobEngine jobs) {
        this.jobs = jobs;
    }

    @Produces
    @Singleton // the task is a library class that cannot be proxied
    CustomTask<UUID> webhookDeliveryTask(Courier courier) {
        return Tasks.custom(TASK_NAME, UUID.class)
                .execute((job, context) -> courier.attempt(UUID.fromString(job.getId()), job.getData())
                        .<CompletionHandler<UUID>>map(retryAt -> (complete, operations) -> operations.reschedule(complete, retryAt))
                        .orElseGet(CompletionHandler.OnCompleteRemove::new));
    }

    /** Queues the delivery in the caller's transaction. */
    void queue(UUID deliveryId, UUID programmeId) {
        jobs.schedule(new TaskInstance<>(TASK_NAME, deliveryId.toString(), programmeId));
    }
}
