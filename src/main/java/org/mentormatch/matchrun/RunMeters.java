package org.mentormatch.matchrun;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mentormatch.security.ProgrammeScope;

/**
 * The match runs' metrics at /q/metrics. Runs by status are the cluster's (read from PostgreSQL, at most once every
 * few seconds); time queued, solve time, attempts and revivals are what this instance did.
 */
@Startup // registered at start-up, so a scraper sees the runs by status before this instance solves one
@ApplicationScoped
class RunMeters {

    private static final Duration COUNTS_KEPT = Duration.ofSeconds(5);

    private final Timer queued;
    private final Timer solving;
    private final Counter attempts;
    private final Counter revivals;
    private volatile Map<RunStatus, Long> counts = Map.of();
    private volatile long countedAt;

    RunMeters(MeterRegistry registry) {
        queued = Timer.builder("mentor_match.runs.queued")
                .description("Time from a run's POST until an instance began to solve it").register(registry);
        solving = Timer.builder("mentor_match.runs.solve").description("Time one attempt at a run solved")
                .publishPercentileHistogram().register(registry);
        attempts = Counter.builder("mentor_match.runs.attempts").description("Attempts begun on this instance")
                .register(registry);
        revivals = Counter.builder("mentor_match.runs.revivals")
                .description("Attempts that took over a run whose instance had stopped").register(registry);
        for (RunStatus status : RunStatus.values()) {
            Gauge.builder("mentor_match.runs", this, meters -> meters.count(status))
                    .description("Match runs in the cluster by status").tag("status", status.name()).register(registry);
        }
    }

    void begun(RunInput attempt) {
        attempts.increment();
        if (attempt.attempt() > 1) {
            revivals.increment();
        } else {
            queued.record(Duration.between(attempt.queuedAt(), OffsetDateTime.now()));
        }
    }

    void solved(Duration spent) {
        solving.record(spent);
    }

    private double count(RunStatus status) {
        long now = System.currentTimeMillis();
        if (now - countedAt > COUNTS_KEPT.toMillis()) {
            Map<RunStatus, Long> fresh = new EnumMap<>(RunStatus.class);
            ProgrammeScope.system(() -> QuarkusTransaction.requiringNew().call(() -> MatchRun.getEntityManager()
                    .createQuery("select r.status, count(r) from MatchRun r group by r.status", Object[].class)
                    .getResultList()))
                    .forEach(row -> fresh.put((RunStatus) row[0], (Long) row[1]));
            counts = fresh;
            countedAt = now;
        }
        return counts.getOrDefault(status, 0L);
    }
}
