package org.mentormatch.profile;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.hibernate.orm.panache.Panache;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.api.MergePatch;
import org.mentormatch.api.PageRequest;
import org.mentormatch.attribute.AppliesTo;
import org.mentormatch.attribute.AttributeService;
import org.mentormatch.attribute.AttributeValues;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.refusal.Violation;

/**
 * Mentor and mentee profiles of a cohort: create, read, change and delete, each in one transaction. Which of
 * the two is handled is said by the {@link ProfileKind} passed in. Logs carry ids only, never names or emails.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    private static final Logger LOG = Logger.getLogger(ProfileService.class);
    private static final Sort CREATION_ORDER = Sort.by("createdAt").and("id");

    private final CohortService cohorts;
    private final MergePatch mergePatch;
    private final AttributeService attributes;
    private final ProfileRow rows;

    public ProfileService(CohortService cohorts, MergePatch mergePatch, AttributeService attributes, ProfileRow rows) {
        this.cohorts = cohorts;
        this.mergePatch = mergePatch;
        this.attributes = attributes;
        this.rows = rows;
    }

    /**
     * A page from {@code page}'s offset or, when a cursor is given, from the cursor; with one profile more than the
     * page holds, to tell whether another page follows.
     */
    @Transactional(SUPPORTS)
    public <E extends Profile, R> ProfilePage<R> list(ProfileKind<E, ?, R> kind, UUID programmeId, UUID cohortId,
            ProfileFilter filter, PageRequest page, PageCursor cursor) {
        cohorts.require(programmeId, cohortId);
        long total = kind.finder().find(filter.query(), CREATION_ORDER, filter.parameters(cohortId)).count();
        List<E> rows = cursor == null
                ? kind.finder().find(filter.query(), CREATION_ORDER, filter.parameters(cohortId))
                        .range(page.offset(), page.offset() + page.limit()).list()
                : kind.finder().find(filter.query() + PageCursor.AFTER, CREATION_ORDER, cursor.bind(filter.parameters(cohortId)))
                        .range(0, page.limit()).list();
        return ProfilePage.of(rows, cursor == null ? page.offset() : cursor.offset(), page.limit(), total, kind.toResponse());
    }

    /**
     * Every profile the filter lets through, as the request that would write it, in the order they were added:
     * what an export holds. Anonymised profiles are left out; they no longer describe anyone to import.
     */
    @Transactional(SUPPORTS)
    public <E extends Profile, Q extends ProfileRequest<E>> List<Q> requests(
            ProfileKind<E, Q, ?> kind, UUID programmeId, UUID cohortId, ProfileFilter filter) {
        cohorts.require(programmeId, cohortId);
        return kind.finder().find(filter.query() + " and anonymisedAt is null", CREATION_ORDER, filter.parameters(cohortId))
                .stream().map(kind.toRequest()).toList();
    }

    /** Read from its row without the ORM ({@link ProfileRow}): it is only shown. */
    @Transactional(SUPPORTS)
    public <E extends Profile, R> R get(ProfileKind<E, ?, R> kind, UUID programmeId, UUID cohortId, UUID id) {
        return kind.toResponse().apply(rows.find(kind, programmeId, cohortId, id)
                .orElseThrow(() -> missing(kind, programmeId, cohortId, id)));
    }

    public <E extends Profile, Q extends ProfileRequest<E>, R> R create(
            ProfileKind<E, Q, R> kind, UUID programmeId, UUID cohortId, Q request) {
        cohorts.require(programmeId, cohortId);
        attributes.check(programmeId, sideOf(kind), request.attributes());
        E profile = kind.create().get();
        profile.cohortId = cohortId;
        request.applyTo(profile);
        write(kind, profile);
        LOG.infof("%s %s created in cohort %s", kind.name(), profile.id, cohortId);
        return kind.toResponse().apply(profile);
    }

    public <E extends Profile, Q extends ProfileRequest<E>, R> R replace(
            ProfileKind<E, Q, R> kind, UUID programmeId, UUID cohortId, UUID id, String ifMatch, Q request) {
        E profile = requireChangeable(kind, programmeId, cohortId, id);
        ETags.requireMatch(ifMatch, profile.version);
        checkChanged(kind, programmeId, profile, request.attributes());
        request.applyTo(profile);
        write(kind, profile);
        return kind.toResponse().apply(profile);
    }

    public <E extends Profile, Q extends ProfileRequest<E>, R> R patch(
            ProfileKind<E, Q, R> kind, UUID programmeId, UUID cohortId, UUID id, String ifMatch, JsonNode patch)
            throws JsonProcessingException {
        E profile = requireChangeable(kind, programmeId, cohortId, id);
        ETags.requireMatch(ifMatch, profile.version);
        Q patched = mergePatch.apply(kind.toRequest().apply(profile), patch, kind.requestType());
        checkChanged(kind, programmeId, profile, patched.attributes());
        patched.applyTo(profile);
        write(kind, profile);
        return kind.toResponse().apply(profile);
    }

    public void delete(ProfileKind<?, ?, ?> kind, UUID programmeId, UUID cohortId, UUID id, String ifMatch) {
        Profile profile = require(kind, programmeId, cohortId, id);
        ETags.requireMatch(ifMatch, profile.version);
        // Deleting would silently take their matches with it; a withdrawal ends them on the record instead.
        Object open = Panache.getEntityManager().createNativeQuery("""
                select count(*) from match where (mentee_id = :id or mentor_id = :id)
                and status in ('PROPOSED', 'ACCEPTED', 'PUBLISHED')""")
                .setParameter("id", id)
                .getSingleResult();
        if (((Number) open).longValue() > 0) {
            throw new Conflict("has-matches", "%s %s has open matches; withdraw them (POST …/withdrawal) so that "
                    .formatted(kind.name(), id) + "their matches end on the record, then delete");
        }
        profile.delete();
        Panache.getEntityManager().flush();
        LOG.infof("%s %s deleted from cohort %s", kind.name(), id, cohortId);
    }

    /** True if the mentee exists and belongs to the cohort. */
    @Transactional(SUPPORTS)
    public boolean isMenteeOf(UUID cohortId, UUID menteeId) {
        return Mentee.count("id = ?1 and cohortId = ?2", menteeId, cohortId) > 0;
    }

    /** True if the mentor exists and belongs to the cohort. */
    @Transactional(SUPPORTS)
    public boolean isMentorOf(UUID cohortId, UUID mentorId) {
        return Mentor.count("id = ?1 and cohortId = ?2", mentorId, cohortId) > 0;
    }

    /**
     * Values kept as they are stand unchecked: the list may have changed since (its change removes what it no longer
     * allows), and a participant's own change, which cannot touch them, cannot read the programme's list.
     */
    private void checkChanged(ProfileKind<?, ?, ?> kind, UUID programmeId, Profile profile, Map<String, Object> values) {
        if (!AttributeValues.normalised(values).equals(profile.attributes)) {
            attributes.check(programmeId, sideOf(kind), values);
        }
    }

    /** Which side's attributes a profile of this kind may hold. */
    public static AppliesTo sideOf(ProfileKind<?, ?, ?> kind) {
        return kind == ProfileKind.MENTORS ? AppliesTo.MENTOR : AppliesTo.MENTEE;
    }

    /**
     * The profile, or NotFound when the programme, the cohort or the profile is not where the path says. One query
     * finds a profile that is where the path says (its cohort is visible exactly when its programme is: row-level
     * security filters both by the programme); only a miss looks further, to say what is not there.
     */
    private <E extends Profile> E require(ProfileKind<E, ?, ?> kind, UUID programmeId, UUID cohortId, UUID id) {
        return kind.finder()
                .find("id = :id and cohortId = :cohortId"
                        + " and exists (select 1 from Cohort c where c.id = :cohortId and c.programmeId = :programmeId)",
                        Sort.by("id"),
                        Parameters.with("id", id).and("cohortId", cohortId).and("programmeId", programmeId))
                .firstResultOptional()
                .orElseThrow(() -> missing(kind, programmeId, cohortId, id));
    }

    /** What is not there: the programme or cohort when the path names none the caller sees, else the profile. */
    private NotFound missing(ProfileKind<?, ?, ?> kind, UUID programmeId, UUID cohortId, UUID id) {
        cohorts.require(programmeId, cohortId);
        return new NotFound(kind.name(), id);
    }

    /** An anonymised profile stays anonymous: writing a person back into it would undo an erasure. */
    private <E extends Profile> E requireChangeable(ProfileKind<E, ?, ?> kind, UUID programmeId, UUID cohortId, UUID id) {
        E profile = require(kind, programmeId, cohortId, id);
        if (profile.isAnonymised()) {
            throw new Conflict("anonymised", "%s %s was anonymised on %s and cannot be changed"
                    .formatted(kind.name(), id, profile.anonymisedAt.toLocalDate()));
        }
        return profile;
    }

    /**
     * Flushes now, so that an email another profile of the cohort already has is refused by the database's unique
     * constraint as a conflict. Checking first would not be enough: two requests could both pass the check.
     */
    private static void write(ProfileKind<?, ?, ?> kind, Profile profile) {
        try {
            profile.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, kind.uniqueEmailConstraint())) {
                throw new Conflict("email-taken",
                        "Another %s of this cohort has this email".formatted(kind.name().toLowerCase()),
                        List.of(new Violation("email",
                                "is already used by another %s of this cohort".formatted(kind.name().toLowerCase()))));
            }
            throw e;
        }
    }
}
