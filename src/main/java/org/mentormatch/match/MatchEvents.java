package org.mentormatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.event.EventType;
import org.mentormatch.event.ProgrammeEvent;
import org.mentormatch.profile.WithdrawalReason;

/** Tells other systems (webhooks) that a match was published or ended, in the transaction that did it. */
@ApplicationScoped
class MatchEvents {

    private final Event<ProgrammeEvent> events;

    MatchEvents(Event<ProgrammeEvent> events) {
        this.events = events;
    }

    void published(UUID programmeId, Match match) {
        fire(programmeId, EventType.MATCH_PUBLISHED, match, Map.of());
    }

    /** Ended by a coordinator's decision. */
    void endedByDecision(UUID programmeId, Match match) {
        fire(programmeId, EventType.MATCH_ENDED, match, Map.of("endedBy", "DECISION"));
    }

    /** Ended because one of the two left the programme, for a reason given as a code. */
    void endedByWithdrawal(UUID programmeId, Match match, WithdrawalReason reason) {
        fire(programmeId, EventType.MATCH_ENDED, match, Map.of("endedBy", "WITHDRAWAL", "withdrawalReason", reason.name()));
    }

    private void fire(UUID programmeId, EventType type, Match match, Map<String, String> extra) {
        Map<String, String> data = new HashMap<>(extra);
        data.put("matchId", match.id.toString());
        data.put("cohortId", match.cohortId.toString());
        data.put("menteeId", match.menteeId.toString());
        data.put("mentorId", match.mentorId.toString());
        data.put("status", match.status.name());
        events.fire(new ProgrammeEvent(programmeId, type, data));
    }
}
