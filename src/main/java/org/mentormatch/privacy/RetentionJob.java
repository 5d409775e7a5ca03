package org.mentormatch.privacy;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mentormatch.security.ProgrammeScope;

/**
 * Anonymises, every night, the profiles of cohorts whose programme's retention period has run out since the
 * cohort ended. Idempotent: a cohort done once is not due again, so a missed or repeated night does no harm.
 * It is a recurring job of the cluster's job engine, so one instance of the cluster runs it each night.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);
    /** db-scheduler's cron pattern for a schedule that never fires. */
    private static final String DISABLED = "-";

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    /** The nightly job; {@code off} disables it (and removes a schedule left by an earlier configuration). */
    @Produces
    @Singleton // the task is a library class that cannot be proxied
    RecurringTask<Void> nightly(@ConfigProperty(name = "mentor-match.retention.cron") String cron) {
        return Tasks.recurring("retention", Schedules.cron("off".equals(cron) ? DISABLED : cron))
                .execute((job, context) -> run(LocalDate.now()));
    }

    /**
     * Anonymises what is due on {@code today}, one cohort per transaction, so that one cohort that fails (and is
     * tried again the next night) does not hold back the others. The job spans programmes, so it works in the
     * system scope, entered before any transaction starts.
     */
    public RetentionReport run(LocalDate today) {
        return ProgrammeScope.system(() -> {
            List<UUID> due = retention.dueCohorts(today);
            int cohorts = 0;
            int profiles = 0;
            int failed = 0;
            for (UUID cohortId : due) {
                try {
                    int anonymised = retention.anonymise(cohortId);
                    cohorts += anonymised > 0 ? 1 : 0;
                    profiles += anonymised;
                } catch (RuntimeException e) {
                    failed++;
                    LOG.errorf(e, "Retention: cohort %s could not be anonymised; it is tried again on the next run",
                            cohortId);
                }
            }
            LOG.infof("Retention on %s: %d profiles of %d cohorts anonymised, %d cohorts failed", today, profiles,
                    cohorts, failed);
            return new RetentionReport(cohorts, profiles, failed);
        });
    }
}
