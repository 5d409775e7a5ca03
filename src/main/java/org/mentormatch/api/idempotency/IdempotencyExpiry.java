package org.mentormatch.api.idempotency;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;
import org.mentormatch.security.ProgrammeScope;

/** Forgets idempotency keys after a day: an hourly job of the cluster, run by one instance at a time. */
@ApplicationScoped
class IdempotencyExpiry {

    private static final Logger LOG = Logger.getLogger(IdempotencyExpiry.class);

    @Produces
    @Singleton // the task is a library class that cannot be proxied
    RecurringTask<Void> expireIdempotencyKeys(IdempotencyStore store) {
        // On the hour's 17th minute rather than a fixed delay, which would also run it at every start-up.
        return Tasks.recurring("idempotency-expiry", Schedules.cron("0 17 * * * *"))
                .execute((job, context) -> {
                    long forgotten = ProgrammeScope.system(store::expire);
                    LOG.debugf("Idempotency keys: %d older than a day forgotten", forgotten);
                });
    }
}
