package org.mentormatch.audit;

import static jakarta.transaction.Transactional.TxType.MANDATORY;
import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;

/** Writes decisions in the transaction that makes them, so a change and its record stand or fall together. */
@ApplicationScoped
public class AuditTrail {

    private final Actor actor;

    public AuditTrail(Actor actor) {
        this.actor = actor;
    }

    /** Records a decision taken in this request, by whoever is acting in it. */
    @Transactional(MANDATORY)
    public void record(UUID cohortId, String action, UUID subjectId, String reason, String detail) {
        recordAs(actor.name(), cohortId, action, subjectId, reason, detail);
    }

    /** Records a decision about a whole programme, such as a webhook added, taken by whoever acts in this request. */
    @Transactional(MANDATORY)
    public void recordInProgramme(UUID programmeId, String action, UUID subjectId, String reason, String detail) {
        AuditEvent event = event(actor.name(), action, subjectId, reason, detail);
        event.programmeId = programmeId;
        event.persist();
    }

    /**
     * Records a decision taken by {@code actorName}: for work outside a request, such as a scheduled job, which
     * has no caller to name and names itself ({@code system:…}).
     */
    @Transactional(MANDATORY)
    public void recordAs(String actorName, UUID cohortId, String action, UUID subjectId, String reason, String detail) {
        AuditEvent event = event(actorName, action, subjectId, reason, detail);
        event.cohortId = cohortId;
        event.persist();
    }

    /** Decisions about a programme as a whole (not those in its cohorts), newest first. */
    @Transactional(SUPPORTS)
    public Page<AuditEventResponse> listInProgramme(UUID programmeId, PageRequest page) {
        return Page.of(AuditEvent.<AuditEvent>find("programmeId", Sort.by("at", Sort.Direction.Descending).and("id"),
                programmeId), page, AuditEventResponse::of);
    }

    private static AuditEvent event(String actorName, String action, UUID subjectId, String reason, String detail) {
        AuditEvent event = new AuditEvent();
        event.at = OffsetDateTime.now();
        event.actor = actorName;
        event.action = action;
        event.subjectId = subjectId;
        event.reason = reason;
        event.detail = detail;
        return event;
    }

    @Transactional(SUPPORTS)
    public Page<AuditEventResponse> list(UUID cohortId, PageRequest page) {
        return Page.of(AuditEvent.<AuditEvent>find("cohortId", Sort.by("at", Sort.Direction.Descending).and("id"),
                cohortId), page, AuditEventResponse::of);
    }

    /** Every event about one of these subjects (participants, matches, runs), oldest first. */
    @Transactional(SUPPORTS)
    public List<AuditEventResponse> about(Collection<UUID> subjectIds) {
        if (subjectIds.isEmpty()) {
            return List.of();
        }
        return AuditEvent.<AuditEvent>list("subjectId in ?1", Sort.by("at").and("id"), subjectIds).stream()
                .map(AuditEventResponse::of)
                .toList();
    }
}
