package org.mentormatch.feedbackplan;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.programme.ProgrammeService;

/**
 * A programme's feedback plan: the defaults (version 0) until a coordinator sets one, then 1, 2, ... (its row
 * version + 1), so that a write based on the defaults is refused once someone else has stored a plan.
 */
@ApplicationScoped
@Transactional
public class FeedbackPlanService {

    private static final Logger LOG = Logger.getLogger(FeedbackPlanService.class);
    /** PostgreSQL's name for V11's {@code programme_id ... unique}. */
    private static final String UNIQUE_PROGRAMME = "feedback_plan_programme_id_key";

    private final ProgrammeService programmes;

    public FeedbackPlanService(ProgrammeService programmes) {
        this.programmes = programmes;
    }

    @Transactional(SUPPORTS)
    public FeedbackPlan get(UUID programmeId) {
        programmes.require(programmeId);
        return planOf(programmeId);
    }

    /** The plan a programme's matches follow. */
    @Transactional(SUPPORTS)
    public FeedbackPlan planOf(UUID programmeId) {
        FeedbackPlanSettings settings = find(programmeId);
        return settings == null ? FeedbackPlan.DEFAULTS : toPlan(settings);
    }

    /** The plan a cohort's matches follow: its programme's. */
    @Transactional(SUPPORTS)
    public FeedbackPlan planOfCohort(UUID cohortId) {
        Cohort cohort = Cohort.findById(cohortId);
        return cohort == null ? FeedbackPlan.DEFAULTS : planOf(cohort.programmeId);
    }

    public FeedbackPlan replace(UUID programmeId, String ifMatch, FeedbackPlan requested) {
        programmes.require(programmeId);
        FeedbackPlanSettings settings = find(programmeId);
        ETags.requireMatch(ifMatch, versionOf(settings));
        FeedbackPlan plan = requested.overDefaults(0);
        if (settings == null) {
            settings = new FeedbackPlanSettings();
            settings.programmeId = programmeId;
        }
        settings.firstAfterDays = plan.firstAfterDays();
        settings.everyDays = plan.everyDays();
        settings.whenEnded = plan.whenEnded();
        settings.stalledAfterDays = plan.stalledAfterDays();
        store(settings);
        LOG.infof("Feedback plan of programme %s set", programmeId);
        return toPlan(settings);
    }

    private static FeedbackPlan toPlan(FeedbackPlanSettings settings) {
        return new FeedbackPlan(settings.firstAfterDays, settings.everyDays, settings.whenEnded,
                settings.stalledAfterDays, versionOf(settings));
    }

    /** 0 for the defaults, then 1, 2, ... for each stored change. */
    private static long versionOf(FeedbackPlanSettings settings) {
        return settings == null ? 0 : settings.version + 1;
    }

    /** Two first writes can both find no plan; the unique key lets one win, the other reads again (412). */
    private static void store(FeedbackPlanSettings settings) {
        try {
            settings.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, UNIQUE_PROGRAMME)) {
                throw new OptimisticLockException("Feedback plan stored concurrently", e);
            }
            throw e;
        }
    }

    private static FeedbackPlanSettings find(UUID programmeId) {
        return FeedbackPlanSettings.<FeedbackPlanSettings>find("programmeId", programmeId).firstResult();
    }
}
