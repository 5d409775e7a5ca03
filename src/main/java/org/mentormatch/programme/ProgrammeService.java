package org.mentormatch.programme;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.api.MergePatch;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.api.SearchText;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;
import org.mentormatch.refusal.Violation;

/** Programmes: create, read, change and delete, each in one transaction. */
@ApplicationScoped
@Transactional
public class ProgrammeService {

    private static final Logger LOG = Logger.getLogger(ProgrammeService.class);

    private final MergePatch mergePatch;
    private final Event<ProgrammeCreated> created;

    public ProgrammeService(MergePatch mergePatch, Event<ProgrammeCreated> created) {
        this.mergePatch = mergePatch;
        this.created = created;
    }

    /** Programmes by name; {@code visible}, when given, holds the only ones the caller may see. */
    @Transactional(SUPPORTS)
    public Page<ProgrammeResponse> list(PageRequest page, String q, Optional<Set<UUID>> visible) {
        Sort order = Sort.by("name").and("id");
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (q != null && !q.isBlank()) {
            conditions.add("lower(name) like :q escape '\\'");
            parameters.and("q", SearchText.containing(q));
        }
        visible.ifPresent(ids -> {
            // No ids: a condition that holds for no row (an empty IN list is not valid SQL).
            conditions.add(ids.isEmpty() ? "id is null" : "id in :visible");
            if (!ids.isEmpty()) {
                parameters.and("visible", ids);
            }
        });
        var query = conditions.isEmpty()
                ? Programme.<Programme>findAll(order)
                : Programme.<Programme>find(String.join(" and ", conditions), order, parameters);
        return Page.of(query, page, ProgrammeResponse::of);
    }

    @Transactional(SUPPORTS)
    public ProgrammeResponse get(UUID id) {
        return ProgrammeResponse.of(require(id));
    }

    public ProgrammeResponse create(ProgrammeRequest request) {
        Programme programme = new Programme();
        programme.type = request.typeOrDefault();
        request.applyTo(programme);
        programme.persistAndFlush();
        created.fire(new ProgrammeCreated(programme.id, programme.type));
        LOG.infof("Programme %s created", programme.id);
        return ProgrammeResponse.of(programme);
    }

    public ProgrammeResponse replace(UUID id, String ifMatch, ProgrammeRequest request) {
        Programme programme = require(id);
        ETags.requireMatch(ifMatch, programme.version);
        requireSameType(programme, request);
        request.applyTo(programme);
        Programme.flush();
        return ProgrammeResponse.of(programme);
    }

    public ProgrammeResponse patch(UUID id, String ifMatch, JsonNode patch) throws JsonProcessingException {
        Programme programme = require(id);
        ETags.requireMatch(ifMatch, programme.version);
        ProgrammeRequest patched = mergePatch.apply(ProgrammeRequest.of(programme), patch, ProgrammeRequest.class);
        requireSameType(programme, patched);
        patched.applyTo(programme);
        Programme.flush();
        return ProgrammeResponse.of(programme);
    }

    /** Refuses to delete a programme whose cohorts hold profiles unless {@code cascade} says to delete them too. */
    public void delete(UUID id, String ifMatch, boolean cascade) {
        Programme programme = require(id);
        ETags.requireMatch(ifMatch, programme.version);
        long profiles = countProfiles(id);
        if (profiles > 0 && !cascade) {
            throw new Conflict("has-profiles",
                    "Programme %s holds %d profiles; delete with ?cascade=true to remove them too".formatted(id, profiles));
        }
        // Cohorts and their profiles go with it: the foreign keys cascade in the database.
        programme.delete();
        Programme.flush();
        LOG.infof("Programme %s deleted (%d profiles)", id, profiles);
    }

    /** The programme, or NotFound: used by every resource nested under a programme. */
    @Transactional(SUPPORTS)
    public Programme require(UUID id) {
        return Programme.<Programme>findByIdOptional(id).orElseThrow(() -> new NotFound("Programme", id));
    }

    /**
     * A type left out keeps the programme's. Another type is refused rather than applied: its preset was given to
     * the programme once, and cohorts' policies and attributes may since have been edited from it.
     */
    private static void requireSameType(Programme programme, ProgrammeRequest request) {
        if (request.type() != null && request.type() != programme.type) {
            throw new Conflict("type-fixed", "Programme %s is a %s programme; its type cannot change once created. "
                    .formatted(programme.id, programme.type) + "Create a new programme of type " + request.type(),
                    List.of(new Violation("type", "is fixed at creation; was " + programme.type)));
        }
    }

    private long countProfiles(UUID programmeId) {
        Object count = Programme.getEntityManager().createNativeQuery("""
                select (select count(*) from mentor m join cohort c on c.id = m.cohort_id where c.programme_id = :id)
                     + (select count(*) from mentee m join cohort c on c.id = m.cohort_id where c.programme_id = :id)""")
                .setParameter("id", programmeId)
                .getSingleResult();
        return ((Number) count).longValue();
    }
}
