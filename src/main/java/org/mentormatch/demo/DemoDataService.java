package org.mentormatch.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.MenteeRequest;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.MentorRequest;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;

/**
 * Fills a cohort with a generated demo cohort in one transaction: all profiles are added, or none. The entities
 * are written directly, with the same request-to-entity mapping the profile API uses.
 */
@ApplicationScoped
@Transactional
public class DemoDataService {

    private static final Logger LOG = Logger.getLogger(DemoDataService.class);

    private final DemoDataConfig config;
    private final CohortService cohorts;

    public DemoDataService(DemoDataConfig config, CohortService cohorts) {
        this.config = config;
        this.cohorts = cohorts;
    }

    public DemoDataResponse load(UUID programmeId, UUID cohortId, DemoDataRequest request) {
        if (!config.enabled()) {
            throw NotFound.unavailable("demo-data-disabled", "Demo data is only available in development");
        }
        cohorts.require(programmeId, cohortId);
        DemoDataRequest size = DemoDataRequest.orDefaults(request);
        DemoCohort demo = DemoCohortGenerator.generate(size.mentees(), size.mentors(), size.seed());
        for (MentorRequest profile : demo.mentors()) {
            Mentor mentor = new Mentor();
            mentor.cohortId = cohortId;
            profile.applyTo(mentor);
            mentor.persist();
        }
        for (MenteeRequest profile : demo.mentees()) {
            Mentee mentee = new Mentee();
            mentee.cohortId = cohortId;
            profile.applyTo(mentee);
            mentee.persist();
        }
        flush();
        LOG.infof("Demo data (seed %d): %d mentors and %d mentees added to cohort %s",
                size.seed(), demo.mentors().size(), demo.mentees().size(), cohortId);
        return new DemoDataResponse(demo.mentors().size(), demo.mentees().size());
    }

    /** Demo emails are numbered from 1, so a second load into the same cohort clashes with the first. */
    private static void flush() {
        try {
            Mentor.flush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, Mentor.UNIQUE_EMAIL) || Constraints.violated(e, Mentee.UNIQUE_EMAIL)) {
                throw new Conflict("demo-data-loaded",
                        "The cohort already has demo profiles with these emails; load demo data into a new cohort");
            }
            throw e;
        }
    }
}
