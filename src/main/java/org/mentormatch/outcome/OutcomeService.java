package org.mentormatch.outcome;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.audit.Actor;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.event.EventType;
import org.mentormatch.event.ProgrammeEvent;
import org.mentormatch.profile.Mentee;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;

/**
 * A mentee's outcomes: record, read and delete, each in one transaction with its audit event. Recording one tells
 * other systems ({@link EventType#OUTCOME_RECORDED}) when the transaction commits.
 */
@ApplicationScoped
@Transactional
public class OutcomeService {

    private static final Logger LOG = Logger.getLogger(OutcomeService.class);
    private static final Sort ACHIEVEMENT_ORDER = Sort.by("achievedOn").and("createdAt").and("id");

    private final CohortService cohorts;
    private final AuditTrail audit;
    private final Actor actor;
    private final Event<ProgrammeEvent> events;

    public OutcomeService(CohortService cohorts, AuditTrail audit, Actor actor, Event<ProgrammeEvent> events) {
        this.cohorts = cohorts;
        this.audit = audit;
        this.actor = actor;
        this.events = events;
    }

    @Transactional(SUPPORTS)
    public Page<OutcomeResponse> list(UUID programmeId, UUID cohortId, UUID menteeId, PageRequest page) {
        requireMentee(programmeId, cohortId, menteeId);
        return Page.of(Outcome.<Outcome>find("menteeId", ACHIEVEMENT_ORDER, menteeId), page, OutcomeResponse::of);
    }

    @Transactional(SUPPORTS)
    public OutcomeResponse get(UUID programmeId, UUID cohortId, UUID menteeId, UUID outcomeId) {
        return OutcomeResponse.of(require(programmeId, cohortId, menteeId, outcomeId));
    }

    /** Also for a withdrawn mentee (a job is a reason to leave); not for an anonymised one, who is nobody now. */
    public OutcomeResponse record(UUID programmeId, UUID cohortId, UUID menteeId, OutcomeRequest request) {
        Mentee mentee = requireMentee(programmeId, cohortId, menteeId);
        if (mentee.isAnonymised()) {
            throw new Conflict("mentee-anonymised", "The mentee's personal data was erased; nothing more is recorded about them");
        }
        Outcome outcome = new Outcome();
        outcome.cohortId = cohortId;
        outcome.menteeId = menteeId;
        outcome.recordedBy = actor.name();
        request.applyTo(outcome);
        outcome.persistAndFlush();
        audit.record(cohortId, "OUTCOME_RECORDED", menteeId, null,
                "outcome %s (%s) recorded for mentee %s".formatted(outcome.id, outcome.type, menteeId));
        events.fire(new ProgrammeEvent(programmeId, EventType.OUTCOME_RECORDED, Map.of(
                "outcomeId", outcome.id.toString(), "menteeId", menteeId.toString(),
                "cohortId", cohortId.toString(), "type", outcome.type.name())));
        LOG.infof("Outcome %s recorded for mentee %s in cohort %s", outcome.id, menteeId, cohortId);
        return OutcomeResponse.of(outcome);
    }

    public void delete(UUID programmeId, UUID cohortId, UUID menteeId, UUID outcomeId) {
        Outcome outcome = require(programmeId, cohortId, menteeId, outcomeId);
        outcome.delete();
        audit.record(cohortId, "OUTCOME_DELETED", menteeId, null,
                "outcome %s (%s) of mentee %s deleted".formatted(outcomeId, outcome.type, menteeId));
        LOG.infof("Outcome %s deleted from mentee %s", outcomeId, menteeId);
    }

    private Outcome require(UUID programmeId, UUID cohortId, UUID menteeId, UUID outcomeId) {
        requireMentee(programmeId, cohortId, menteeId);
        return Outcome.<Outcome>find("id = ?1 and menteeId = ?2", outcomeId, menteeId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("Outcome", outcomeId));
    }

    private Mentee requireMentee(UUID programmeId, UUID cohortId, UUID menteeId) {
        cohorts.require(programmeId, cohortId);
        return Mentee.<Mentee>find("id = ?1 and cohortId = ?2", menteeId, cohortId)
                .firstResultOptional()
                .orElseThrow(() -> new NotFound("Mentee", menteeId));
    }
}
