package org.mentormatch.cohort;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.api.MergePatch;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.programme.ProgrammeService;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;

/** Cohorts of a programme: create, read, change and delete, each in one transaction. */
@ApplicationScoped
@Transactional
public class CohortService {

    private static final Logger LOG = Logger.getLogger(CohortService.class);

    private final ProgrammeService programmes;
    private final MergePatch mergePatch;

    public CohortService(ProgrammeService programmes, MergePatch mergePatch) {
        this.programmes = programmes;
        this.mergePatch = mergePatch;
    }

    @Transactional(SUPPORTS)
    public Page<CohortResponse> list(UUID programmeId, PageRequest page) {
        programmes.require(programmeId);
        var query = Cohort.<Cohort>find("programmeId", Sort.by("startsOn", Sort.Direction.Descending).and("id"), programmeId);
        return Page.of(query, page, CohortResponse::of);
    }

    @Transactional(SUPPORTS)
    public CohortResponse get(UUID programmeId, UUID cohortId) {
        return CohortResponse.of(require(programmeId, cohortId));
    }

    public CohortResponse create(UUID programmeId, CohortRequest request) {
        programmes.require(programmeId);
        Cohort cohort = new Cohort();
        cohort.programmeId = programmeId;
        request.applyTo(cohort);
        cohort.persistAndFlush();
        LOG.infof("Cohort %s created in programme %s", cohort.id, programmeId);
        return CohortResponse.of(cohort);
    }

    public CohortResponse replace(UUID programmeId, UUID cohortId, String ifMatch, CohortRequest request) {
        Cohort cohort = require(programmeId, cohortId);
        ETags.requireMatch(ifMatch, cohort.version);
        request.applyTo(cohort);
        Cohort.flush();
        return CohortResponse.of(cohort);
    }

    public CohortResponse patch(UUID programmeId, UUID cohortId, String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        Cohort cohort = require(programmeId, cohortId);
        ETags.requireMatch(ifMatch, cohort.version);
        mergePatch.apply(CohortRequest.of(cohort), patch, CohortRequest.class).applyTo(cohort);
        Cohort.flush();
        return CohortResponse.of(cohort);
    }

    /** Refuses to delete a cohort that holds profiles unless {@code cascade} says to delete them too. */
    public void delete(UUID programmeId, UUID cohortId, String ifMatch, boolean cascade) {
        Cohort cohort = require(programmeId, cohortId);
        ETags.requireMatch(ifMatch, cohort.version);
        long profiles = countProfiles(cohortId);
        if (profiles > 0 && !cascade) {
            throw new Conflict("has-profiles",
                    "Cohort %s holds %d profiles; delete with ?cascade=true to remove them too".formatted(cohortId, profiles));
        }
        // Its profiles go with it: the foreign keys cascade in the database.
        cohort.delete();
        Cohort.flush();
        LOG.infof("Cohort %s deleted (%d profiles)", cohortId, profiles);
    }

    /**
     * The cohort, or NotFound when the programme does not exist or the cohort is not one of its cohorts:
     * used by every resource nested under a cohort. One query when the path is right; only a miss asks whether
     * the programme exists, to say which of the two is not there.
     */
    @Transactional(SUPPORTS)
    public Cohort require(UUID programmeId, UUID cohortId) {
        return Cohort.<Cohort>find("id = ?1 and programmeId = ?2", cohortId, programmeId)
                .firstResultOptional()
                .orElseThrow(() -> missing(programmeId, cohortId));
    }

    /** Why a cohort is not under a programme: the programme is not there (thrown), or the cohort is not in it. */
    private NotFound missing(UUID programmeId, UUID cohortId) {
        programmes.require(programmeId);
        return new NotFound("Cohort", cohortId);
    }

    /**
     * Serialises the cohort-wide steps (queueing a run, adopting, publishing) so that one never misses what
     * another is committing at the same moment.
     */
    public Cohort lock(Cohort cohort) {
        Cohort.getEntityManager().lock(cohort, LockModeType.PESSIMISTIC_WRITE);
        return cohort;
    }

    private long countProfiles(UUID cohortId) {
        Object count = Cohort.getEntityManager().createNativeQuery("""
                select (select count(*) from mentor where cohort_id = :id)
                     + (select count(*) from mentee where cohort_id = :id)""")
                .setParameter("id", cohortId)
                .getSingleResult();
        return ((Number) count).longValue();
    }
}
