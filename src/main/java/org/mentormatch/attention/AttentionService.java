package org.mentormatch.attention;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.mentormatch.audit.Actor;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.match.AttentionReason;
import org.mentormatch.match.Match;
import org.mentormatch.match.MatchResponse;
import org.mentormatch.match.MatchService;
import org.mentormatch.refusal.Conflict;

/** A coordinator clears a match's attention, audited like ending it. */
@ApplicationScoped
@Transactional
public class AttentionService {

    private final MatchService matches;
    private final Attention attention;
    private final AuditTrail audit;
    private final Actor actor;
    private final Clock clock;

    public AttentionService(MatchService matches, Attention attention, AuditTrail audit, Actor actor, Clock clock) {
        this.matches = matches;
        this.attention = attention;
        this.audit = audit;
        this.actor = actor;
        this.clock = clock;
    }

    /** Silences the reasons the match has now; refused when it has none. */
    public MatchResponse clear(UUID programmeId, UUID cohortId, UUID matchId, String reason) {
        Match match = matches.require(programmeId, cohortId, matchId);
        List<AttentionReason> present = attention.forMatches(cohortId, List.of(matchId)).getOrDefault(matchId, List.of());
        if (present.isEmpty()) {
            throw new Conflict("no-attention", "Match %s needs no attention; there is nothing to clear".formatted(matchId))
                    .with("currentStatus", match.status);
        }
        Clearance clearance = new Clearance();
        clearance.cohortId = cohortId;
        clearance.matchId = matchId;
        clearance.clearedAt = OffsetDateTime.now(clock);
        clearance.clearedBy = actor.name();
        clearance.reason = reason;
        clearance.persistAndFlush();
        audit.record(cohortId, "CLEAR_ATTENTION", matchId, reason, "match %s attention cleared: %s".formatted(matchId,
                String.join(", ", present.stream().map(r -> r.kind().name()).toList())));
        return matches.withFollowUp(match);
    }
}
