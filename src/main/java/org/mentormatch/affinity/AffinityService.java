package org.mentormatch.affinity;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matching.model.PairAffinity;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.Violation;

/**
 * A cohort's coordinator affinities, read and replaced as one list. The list's version is that of its
 * {@link AffinitySet} row: 0 while none was ever stored, then 1, 2, ... per replacement. A replacement locks that
 * row, so two replacements of one cohort run one after the other and the second sees the first's version.
 */
@ApplicationScoped
@Transactional
public class AffinityService {

    private static final Logger LOG = Logger.getLogger(AffinityService.class);
    /** A list with thousands of bad entries is answered with the first ones; the client fixes and resends. */
    private static final int MAX_VIOLATIONS = 100;
    private static final String MENTEE_REFERENCE = "affinity_mentee_id_fkey";
    private static final String MENTOR_REFERENCE = "affinity_mentor_id_fkey";

    private final CohortService cohorts;

    public AffinityService(CohortService cohorts) {
        this.cohorts = cohorts;
    }

    /** The list with its version. */
    public record Versioned(AffinityList list, long version) {
    }

    @Transactional(SUPPORTS)
    public Versioned get(UUID programmeId, UUID cohortId) {
        cohorts.require(programmeId, cohortId);
        AffinitySet set = AffinitySet.<AffinitySet>find("cohortId", cohortId).firstResult();
        return new Versioned(new AffinityList(AffinityRows.read(session(), cohortId, false)), versionOf(set));
    }

    /** The affinities a run of this cohort uses: pairs of participants who have not withdrawn. */
    @Transactional(SUPPORTS)
    public List<PairAffinity> pairsOf(UUID cohortId) {
        return AffinityRows.read(session(), cohortId, true).stream()
                .map(a -> new PairAffinity(a.menteeId(), a.mentorId(), a.score()))
                .toList();
    }

    /** The ratings that name this participant: part of what the service holds about them. */
    @Transactional(SUPPORTS)
    public List<Affinity> involving(UUID cohortId, UUID participantId) {
        return AffinityRows.involving(session(), cohortId, participantId);
    }

    public Versioned replace(UUID programmeId, UUID cohortId, String ifMatch, AffinityList list) {
        cohorts.require(programmeId, cohortId);
        AffinitySet set = AffinitySet.<AffinitySet>find("cohortId", cohortId)
                .withLock(LockModeType.PESSIMISTIC_WRITE).firstResult();
        ETags.requireMatch(ifMatch, versionOf(set));
        validate(cohortId, list.affinities());
        if (set == null) {
            set = new AffinitySet();
            set.cohortId = cohortId;
            create(set);
        } else {
            Panache.getEntityManager().lock(set, LockModeType.PESSIMISTIC_FORCE_INCREMENT);
        }
        try {
            AffinityRows.replace(session(), cohortId, list.affinities());
        } catch (PersistenceException e) {
            throw translate(e);
        }
        Panache.getEntityManager().flush();
        LOG.infof("Affinities of cohort %s replaced: %d pairs", cohortId, list.affinities().size());
        return new Versioned(new AffinityList(AffinityRows.read(session(), cohortId, false)), versionOf(set));
    }

    /** Names each entry whose mentee or mentor is not of this cohort, and each pair given a second time. */
    private static void validate(UUID cohortId, List<Affinity> affinities) {
        Set<UUID> mentees = new HashSet<>(Mentee.getEntityManager()
                .createQuery("select id from Mentee where cohortId = ?1", UUID.class).setParameter(1, cohortId)
                .getResultList());
        Set<UUID> mentors = new HashSet<>(Mentor.getEntityManager()
                .createQuery("select id from Mentor where cohortId = ?1", UUID.class).setParameter(1, cohortId)
                .getResultList());
        Map<List<UUID>, Integer> firstIndex = new HashMap<>();
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < affinities.size() && violations.size() < MAX_VIOLATIONS; i++) {
            Affinity affinity = affinities.get(i);
            if (!mentees.contains(affinity.menteeId())) {
                violations.add(violation("affinities[%d].menteeId".formatted(i), "must be a mentee of this cohort"));
            }
            if (!mentors.contains(affinity.mentorId())) {
                violations.add(violation("affinities[%d].mentorId".formatted(i), "must be a mentor of this cohort"));
            }
            Integer first = firstIndex.putIfAbsent(List.of(affinity.menteeId(), affinity.mentorId()), i);
            if (first != null) {
                violations.add(violation("affinities[%d]".formatted(i),
                        "rates the same pair as affinities[%d]; each pair at most once".formatted(first)));
            }
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
    }

    /** Two first replacements of a cohort's list can both find no set; its unique key lets one win. */
    private static void create(AffinitySet set) {
        try {
            set.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, AffinitySet.UNIQUE_COHORT)) {
                throw new OptimisticLockException("Affinities stored concurrently", e);
            }
            throw e;
        }
    }

    /** A mentee or mentor deleted between the check and the insert: their foreign key refuses the row. */
    private static RuntimeException translate(PersistenceException e) {
        if (Constraints.violated(e, MENTEE_REFERENCE) || Constraints.violated(e, MENTOR_REFERENCE)) {
            return new Invalid(List.of(violation("affinities", "names a mentee or mentor who was deleted meanwhile")));
        }
        return e;
    }

    private static long versionOf(AffinitySet set) {
        return set == null ? 0 : set.version + 1;
    }

    private static Violation violation(String field, String message) {
        return new Violation(field, message);
    }

    private static Session session() {
        return Panache.getEntityManager().unwrap(Session.class);
    }
}
