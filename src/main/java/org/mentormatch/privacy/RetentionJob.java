package org.mentormatch.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.security.ProgrammeScope;

/**
 * Anonymises, every night, the profiles of cohorts whose programme's retention period has run out since the
 * cohort ended. Idempotent: a cohort done once is not due again, so a missed or repeated night does no harm.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    private final RetentionService retention;

    RetentionJob(RetentionService retention) {
        this.retention = retention;
    }

    @Scheduled(identity = "retention", cron = "{mentor-match.retention.cron}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        run(LocalDate.now());
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
