package org.mentormatch.privacy;

import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.matchrun.MatchRun;
import org.mentormatch.profile.Profile;
import org.mentormatch.programme.Programme;

/** The retention job's database work: which cohorts are due, and anonymising one of them in one transaction. */
@ApplicationScoped
@Transactional
class RetentionService {

    /** The audit trail's name for the job. */
    static final String ACTOR = "system:retention";

    private final Anonymiser anonymiser;
    private final AuditTrail audit;

    RetentionService(Anonymiser anonymiser, AuditTrail audit) {
        this.anonymiser = anonymiser;
        this.audit = audit;
    }

    /** Cohorts that ended more than their programme's retention period before {@code today} and still name people. */
    List<UUID> dueCohorts(LocalDate today) {
        return Panache.getEntityManager().createNativeQuery("""
                select c.id from cohort c join programme p on p.id = c.programme_id
                where c.ends_on + p.retention_days < :today
                  and (exists (select 1 from mentor m where m.cohort_id = c.id and m.anonymised_at is null)
                    or exists (select 1 from mentee m where m.cohort_id = c.id and m.anonymised_at is null))
                order by c.ends_on, c.id""", UUID.class)
                .setParameter("today", today)
                .getResultList();
    }

    /**
     * Anonymises the cohort's profiles that are not yet anonymised.
     *
     * @return how many there were
     */
    // A cohort of thousands is one transaction that may outlast the default 60 s: all of it or none of it.
    @TransactionConfiguration(timeout = 1800)
    int anonymise(UUID cohortId) {
        // Locked, so that two instances of the service running the job at once anonymise and record it once;
        // a cohort deleted since it was found due has nothing left to anonymise.
        Cohort cohort = Cohort.findById(cohortId, LockModeType.PESSIMISTIC_WRITE);
        // A run solving for the cohort would write the profiles it read back into its proposals: next night.
        List<Profile> profiles = cohort == null || MatchRun.activeIn(cohortId).isPresent() ? List.of()
                : Profiles.where("cohortId = ?1 and anonymisedAt is null", cohortId);
        if (profiles.isEmpty()) {
            return 0;
        }
        Programme programme = Programme.findById(cohort.programmeId);
        anonymiser.anonymise(profiles, FreeText.Reach.cohort(cohortId));
        audit.recordAs(ACTOR, cohortId, "RETENTION_ANONYMISED", cohortId, null,
                "%d profiles anonymised: the cohort ended on %s and the programme keeps profiles %d days"
                        .formatted(profiles.size(), cohort.endsOn, programme.retentionDays));
        return profiles.size();
    }
}
