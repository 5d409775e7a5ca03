package org.mentormatch.exclusion;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.profile.ProfileService;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.refusal.Violation;

/** Pairs of a cohort that coordinators have ruled out: create, read and delete, each in one transaction. */
@ApplicationScoped
@Transactional
public class ExclusionService {

    private static final Logger LOG = Logger.getLogger(ExclusionService.class);
    private static final Sort CREATION_ORDER = Sort.by("createdAt").and("id");
    private static final String MENTEE_REFERENCE = "exclusion_mentee_id_fkey";
    private static final String MENTOR_REFERENCE = "exclusion_mentor_id_fkey";

    private final CohortService cohorts;
    private final ProfileService profiles;

    public ExclusionService(CohortService cohorts, ProfileService profiles) {
        this.cohorts = cohorts;
        this.profiles = profiles;
    }

    @Transactional(SUPPORTS)
    public Page<ExclusionResponse> list(UUID programmeId, UUID cohortId, PageRequest page) {
        cohorts.require(programmeId, cohortId);
        return Page.of(Exclusion.<Exclusion>find("cohortId", CREATION_ORDER, cohortId), page, ExclusionResponse::of);
    }

    @Transactional(SUPPORTS)
    public ExclusionResponse get(UUID programmeId, UUID cohortId, UUID exclusionId) {
        return ExclusionResponse.of(require(programmeId, cohortId, exclusionId));
    }

    /**
     * Refuses a mentee or mentor of another cohort as a bad field, and a pair already excluded as a conflict. The
     * pair's unique key decides the conflict, so that two requests for the same pair cannot both succeed.
     */
    public ExclusionResponse create(UUID programmeId, UUID cohortId, ExclusionRequest request) {
        cohorts.require(programmeId, cohortId);
        List<Violation> violations = new ArrayList<>();
        if (!profiles.isMenteeOf(cohortId, request.menteeId())) {
            violations.add(notInCohort("menteeId", "mentee"));
        }
        if (!profiles.isMentorOf(cohortId, request.mentorId())) {
            violations.add(notInCohort("mentorId", "mentor"));
        }
        if (!violations.isEmpty()) {
            throw new Invalid(violations);
        }
        Exclusion exclusion = new Exclusion();
        exclusion.cohortId = cohortId;
        request.applyTo(exclusion);
        try {
            exclusion.persistAndFlush();
        } catch (PersistenceException e) {
            throw translate(e);
        }
        LOG.infof("Exclusion %s created in cohort %s", exclusion.id, cohortId);
        return ExclusionResponse.of(exclusion);
    }

    public void delete(UUID programmeId, UUID cohortId, UUID exclusionId) {
        require(programmeId, cohortId, exclusionId).delete();
        Exclusion.flush();
        LOG.infof("Exclusion %s deleted from cohort %s", exclusionId, cohortId);
    }

    /** The cohort's excluded pairs as the matching engine reads them: ids only, in a stable order. */
    @Transactional(SUPPORTS)
    public List<ExcludedPair> pairsOf(UUID cohortId) {
        return Exclusion.<Exclusion>find("cohortId", Sort.by("menteeId").and("mentorId"), cohortId).stream()
                .map(exclusion -> new ExcludedPair(exclusion.menteeId, exclusion.mentorId))
                .toList();
    }

    private Exclusion require(UUID programmeId, UUID cohortId, UUID exclusionId) {
        cohorts.require(programmeId, cohortId);
        return Exclusion.<Exclusion>find("id = ?1 and cohortId = ?2", exclusionId, cohortId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("Exclusion", exclusionId));
    }

    /** A clash the database caught: the pair was excluded meanwhile, or a profile was deleted meanwhile. */
    private static RuntimeException translate(PersistenceException e) {
        if (Constraints.violated(e, Exclusion.UNIQUE_PAIR)) {
            return new Conflict("already-excluded", "This mentee and mentor are already excluded from being matched");
        }
        if (Constraints.violated(e, MENTEE_REFERENCE)) {
            return new Invalid(List.of(notInCohort("menteeId", "mentee")));
        }
        if (Constraints.violated(e, MENTOR_REFERENCE)) {
            return new Invalid(List.of(notInCohort("mentorId", "mentor")));
        }
        return e;
    }

    private static Violation notInCohort(String field, String role) {
        return new Violation(field, "must be a %s of this cohort".formatted(role));
    }
}
