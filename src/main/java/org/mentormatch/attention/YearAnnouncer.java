package org.mentormatch.attention;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.event.EventType;
import org.mentormatch.event.ProgrammeEvent;
import org.mentormatch.feedbackplan.FeedbackPlan;
import org.mentormatch.feedbackplan.FeedbackPlanService;
import org.mentormatch.match.AttentionKind;
import org.mentormatch.match.AttentionReason;
import org.mentormatch.match.Match;
import org.mentormatch.security.ProgrammeScope;

/**
 * Once a day, tells other systems (webhooks) of each feedback round that fell due ({@code feedback.due}, once per
 * round and side) and of each match that newly stalled or whose feedback became overdue ({@code match.attention},
 * once per kind and period). What it announced is remembered (V11's year_announcement), so a repeated or missed
 * day announces nothing twice; poor feedback is announced by the request that records it. A recurring job of the
 * cluster's job engine: one instance runs it each day.
 */
@ApplicationScoped
public class YearAnnouncer {

    private static final Logger LOG = Logger.getLogger(YearAnnouncer.class);
    /** db-scheduler's cron pattern for a schedule that never fires. */
    private static final String DISABLED = "-";

    private final CohortYear year;
    private final FeedbackPlanService plans;
    private final Attention attention;
    private final Event<ProgrammeEvent> events;

    YearAnnouncer(CohortYear year, FeedbackPlanService plans, Attention attention, Event<ProgrammeEvent> events) {
        this.year = year;
        this.plans = plans;
        this.attention = attention;
        this.events = events;
    }

    /** The daily job; {@code off} disables it (and removes a schedule left by an earlier configuration). */
    @Produces
    @Singleton // the task is a library class that cannot be proxied
    RecurringTask<Void> daily(@ConfigProperty(name = "mentor-match.year.announce-cron") String cron) {
        return Tasks.recurring("year-announcements", Schedules.cron("off".equals(cron) ? DISABLED : cron))
                .execute((job, context) -> run());
    }

    /**
     * Announces what is new today, one cohort per transaction so that one that fails (and is tried again the next
     * day) does not hold back the others. Spans programmes, so it works in the system scope.
     *
     * @return how many events it fired
     */
    public int run() {
        return ProgrammeScope.system(() -> {
            List<UUID> cohorts = QuarkusTransaction.requiringNew().call(() -> Match.getEntityManager()
                    .createQuery("select distinct m.cohortId from Match m where m.publishedAt is not null", UUID.class)
                    .getResultList());
            int fired = 0;
            for (UUID cohortId : cohorts) {
                try {
                    fired += QuarkusTransaction.requiringNew().call(() -> announce(cohortId));
                } catch (RuntimeException e) {
                    LOG.errorf(e, "Year announcements: cohort %s failed; it is tried again on the next run", cohortId);
                }
            }
            LOG.infof("Year announcements: %d events for %d cohorts", fired, cohorts.size());
            return fired;
        });
    }

    private int announce(UUID cohortId) {
        Cohort cohort = Cohort.findById(cohortId);
        FeedbackPlan plan = plans.planOf(cohort.programmeId);
        LocalDate today = attention.today();
        int fired = 0;
        for (PairYear pair : year.of(cohortId)) {
            for (DueRound round : pair.unanswered(plan.rounds(), today)) {
                if (remember(pair, "FEEDBACK_DUE:" + round.side(), round.dueOn())) {
                    events.fire(new ProgrammeEvent(cohort.programmeId, EventType.FEEDBACK_DUE, Map.of(
                            "matchId", pair.matchId().toString(), "cohortId", cohortId.toString(),
                            "side", round.side().name(), "dueOn", round.dueOn().toString())));
                    fired++;
                }
            }
            for (AttentionReason reason : AttentionRules.reasons(pair, plan, today)) {
                // POOR_FIT is announced by the request that records the answer
                if (reason.kind() != AttentionKind.POOR_FIT && remember(pair, reason.kind().name(), reason.since())) {
                    events.fire(Announcements.attention(cohort.programmeId, cohortId, pair.matchId(), reason.kind()));
                    fired++;
                }
            }
        }
        return fired;
    }

    /** Writes down an announcement; false when it was made before. */
    private static boolean remember(PairYear pair, String subject, LocalDate onDay) {
        return Match.getEntityManager()
                .createNativeQuery("insert into year_announcement (cohort_id, match_id, subject, on_day, announced_at) "
                        + "values (:cohort, :match, :subject, :day, :at) on conflict do nothing")
                .setParameter("cohort", pair.cohortId())
                .setParameter("match", pair.matchId())
                .setParameter("subject", subject)
                .setParameter("day", onDay)
                .setParameter("at", OffsetDateTime.now())
                .executeUpdate() == 1;
    }
}
