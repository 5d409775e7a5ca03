package org.mentormatch.match;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.mentormatch.api.ETags;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.audit.Actor;
import org.mentormatch.audit.AuditTrail;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.profile.Mentor;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.refusal.NotFound;

/**
 * The coordinator's review of a cohort: decisions on the engine's proposals and hand matches. Every decision is
 * written to the audit trail in the same transaction as the change.
 */
@ApplicationScoped
@Transactional
public class MatchService {

    private static final Logger LOG = Logger.getLogger(MatchService.class);
    private static final Sort BY_CREATION = Sort.by("createdAt").and("id");

    private final CohortService cohorts;
    private final AuditTrail audit;
    private final Actor actor;
    private final FollowUps followUps;
    private final MatchEvents events;

    public MatchService(CohortService cohorts, AuditTrail audit, Actor actor, FollowUps followUps, MatchEvents events) {
        this.cohorts = cohorts;
        this.audit = audit;
        this.actor = actor;
        this.followUps = followUps;
        this.events = events;
    }

    /**
     * A page of the cohort's matches, each with its follow-up; with {@code attentionOnly}, only those that need
     * attention now. The follow-ups of a page are read together, not match by match.
     */
    @Transactional(SUPPORTS)
    public Page<MatchResponse> list(UUID programmeId, UUID cohortId, MatchStatus status, boolean attentionOnly,
            PageRequest page) {
        cohorts.require(programmeId, cohortId);
        StringBuilder where = new StringBuilder("cohortId = :cohort");
        Map<String, Object> parameters = new HashMap<>(Map.of("cohort", cohortId));
        if (status != null) {
            where.append(" and status = :status");
            parameters.put("status", status);
        }
        if (attentionOnly) {
            Set<UUID> needing = followUps.needingAttention(cohortId);
            if (needing.isEmpty()) {
                return new Page<>(List.of(), page.offset(), page.limit(), 0);
            }
            where.append(" and id in :needing");
            parameters.put("needing", needing);
        }
        Page<Match> found = Page.of(Match.<Match>find(where.toString(), BY_CREATION, parameters), page, match -> match);
        Map<UUID, FollowUp> followUp = followUps.of(cohortId, found.items().stream().map(match -> match.id).toList());
        return new Page<>(found.items().stream()
                .map(match -> MatchResponse.of(match, followUp.getOrDefault(match.id, FollowUp.NONE)))
                .toList(), found.offset(), found.limit(), found.total());
    }

    @Transactional(SUPPORTS)
    public MatchResponse get(UUID programmeId, UUID cohortId, UUID matchId) {
        return withFollowUp(require(programmeId, cohortId, matchId));
    }

    /** A match as the service answers it, with what the year has added to it. */
    @Transactional(SUPPORTS)
    public MatchResponse withFollowUp(Match match) {
        return MatchResponse.of(match, followUps.of(match.cohortId, List.of(match.id)).getOrDefault(match.id, FollowUp.NONE));
    }

    /**
     * The match a participant acts on: the one they name ({@code matchId}, one of theirs that was published, else
     * 404 as for anyone else's), or, when they name none, their PUBLISHED match, else the one that ended last after
     * being published (its closing feedback may still be due). A mentor with several published pairs must name one
     * (400 naming {@code matchId}). Empty when they have none.
     */
    @Transactional(SUPPORTS)
    public Optional<Match> currentOf(UUID profileId, UUID matchId) {
        if (matchId != null) {
            return Optional.of(Match.<Match>find("id = ?1 and (menteeId = ?2 or mentorId = ?2) and publishedAt is not null "
                            + "and status in ?3", matchId, profileId, List.of(MatchStatus.PUBLISHED, MatchStatus.ENDED))
                    .firstResultOptional().orElseThrow(() -> new NotFound("Match", matchId)));
        }
        List<Match> candidates = Match.<Match>find("(menteeId = ?1 or mentorId = ?1) and publishedAt is not null and status in ?2",
                        // the status is stored by name: PUBLISHED sorts after ENDED
                        Sort.by("status", Sort.Direction.Descending).and("decidedAt", Sort.Direction.Descending),
                        profileId, List.of(MatchStatus.PUBLISHED, MatchStatus.ENDED))
                .list();
        long published = candidates.stream().filter(match -> match.status == MatchStatus.PUBLISHED).count();
        if (published > 1) {
            throw new Invalid("matchId", "is required: you have %d published matches; name the one you mean".formatted(published));
        }
        return candidates.stream().findFirst();
    }

    /**
     * One decision: accept or reject a proposal, reject an accepted pair before it is published, or end an
     * accepted or published pair (with a reason).
     */
    public MatchResponse decide(UUID programmeId, UUID cohortId, UUID matchId, String ifMatch, DecisionRequest decision) {
        Match match = require(programmeId, cohortId, matchId);
        ETags.requireMatch(ifMatch, match.version);
        MatchStatus to = decision.status();
        boolean allowed = switch (to) {
            case ACCEPTED -> match.status == MatchStatus.PROPOSED;
            case REJECTED -> match.status == MatchStatus.PROPOSED || match.status == MatchStatus.ACCEPTED;
            case ENDED -> match.status == MatchStatus.ACCEPTED || match.status == MatchStatus.PUBLISHED;
            case PROPOSED, PUBLISHED -> false;
        };
        if (!allowed) {
            throw new Conflict("invalid-decision", "A %s match cannot become %s%s".formatted(match.status, to,
                    to == MatchStatus.PUBLISHED ? "; publish the cohort instead" : ""))
                    .with("currentStatus", match.status);
        }
        if (to == MatchStatus.ENDED && (decision.reason() == null || decision.reason().isBlank())) {
            throw new Invalid("reason", "is required to end a match");
        }
        if (to == MatchStatus.ACCEPTED) {
            requireCapacity(cohortId, Map.of(match.mentorId, 1));
        }
        match.decide(to, actor.name(), decision.reason());
        Match.flush();
        audit.record(cohortId, actionFor(to), match.id, decision.reason(), "match %s %s".formatted(match.id, to));
        if (to == MatchStatus.ENDED) {
            events.endedByDecision(programmeId, match);
        }
        return withFollowUp(match);
    }

    /** Accepts the listed proposals, or all of them, in one transaction: all or none. */
    public List<MatchResponse> accept(UUID programmeId, UUID cohortId, AcceptRequest request) {
        cohorts.require(programmeId, cohortId);
        List<Match> targets;
        if (request == null || request.matchIds() == null) {
            targets = Match.<Match>find("cohortId = ?1 and status = ?2", BY_CREATION, cohortId, MatchStatus.PROPOSED).list();
        } else {
            targets = new ArrayList<>();
            for (int i = 0; i < request.matchIds().size(); i++) {
                UUID id = request.matchIds().get(i);
                Match match = Match.<Match>find("id = ?1 and cohortId = ?2", id, cohortId).firstResult();
                if (match == null) {
                    throw new Invalid("matchIds[%d]".formatted(i), "is not a match of this cohort");
                }
                if (match.status != MatchStatus.PROPOSED) {
                    throw new Conflict("invalid-decision",
                            "Match %s is %s; only proposals can be accepted".formatted(id, match.status))
                            .with("matchId", id);
                }
                targets.add(match);
            }
        }
        Map<UUID, Integer> accepting = targets.stream()
                .collect(Collectors.toMap(match -> match.mentorId, match -> 1, Integer::sum));
        requireCapacity(cohortId, accepting);
        String reason = request == null ? null : request.reason();
        for (Match match : targets) {
            match.decide(MatchStatus.ACCEPTED, actor.name(), reason);
            audit.record(cohortId, "ACCEPT", match.id, reason, "match %s ACCEPTED".formatted(match.id));
        }
        Match.flush();
        LOG.infof("%d matches accepted in cohort %s", targets.size(), cohortId);
        return targets.stream().map(MatchResponse::of).toList();
    }

    /** A match of this cohort of this programme, or a refusal as not found. */
    @Transactional(SUPPORTS)
    public Match require(UUID programmeId, UUID cohortId, UUID matchId) {
        cohorts.require(programmeId, cohortId);
        return Match.<Match>find("id = ?1 and cohortId = ?2", matchId, cohortId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Match", matchId));
    }

    /**
     * Refuses decisions that would give a mentor more live mentees than their capacity. The mentors are locked
     * first (in id order, so two requests never wait on each other crosswise) and counted after, so that two
     * coordinators cannot both fill a mentor's last place.
     */
    void requireCapacity(UUID cohortId, Map<UUID, Integer> adding) {
        Map<UUID, Mentor> mentors = new TreeMap<>();
        new TreeMap<>(adding).keySet().forEach(id -> mentors.put(id, Mentor.findById(id, LockModeType.PESSIMISTIC_WRITE)));
        Map<UUID, Long> live = new HashMap<>();
        Match.<Match>find("cohortId = ?1 and status in ?2", cohortId, MatchStatus.LIVE).stream()
                .forEach(match -> live.merge(match.mentorId, 1L, Long::sum));
        mentors.forEach((id, mentor) -> {
            long after = live.getOrDefault(id, 0L) + adding.get(id);
            if (mentor != null && after > mentor.capacity) {
                throw new Conflict("mentor-full", "Mentor %s takes %d mentees; this would make %d"
                        .formatted(id, mentor.capacity, after))
                        .with("mentorId", id);
            }
        });
    }

    private static String actionFor(MatchStatus status) {
        return switch (status) {
            case ACCEPTED -> "ACCEPT";
            case REJECTED -> "REJECT";
            case ENDED -> "END";
            default -> status.name();
        };
    }
}
