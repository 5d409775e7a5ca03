package org.mentormatch.checkin;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.api.Page;
import org.mentormatch.api.PageRequest;
import org.mentormatch.match.Match;
import org.mentormatch.match.MatchService;
import org.mentormatch.match.MatchStatus;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.security.Access;

/**
 * The meetings of published pairs. A PUBLISHED match takes check-ins; an ENDED one too, from a coordinator only
 * and not after the day it ended, so that meetings reported late still count. Participants record on their
 * PUBLISHED match only.
 */
@ApplicationScoped
@Transactional
public class CheckInService {

    private static final Sort NEWEST_FIRST = Sort.by("metOn", Sort.Direction.Descending)
            .and("createdAt", Sort.Direction.Descending).and("id");

    private final MatchService matches;
    private final Access access;
    private final Clock clock;

    public CheckInService(MatchService matches, Access access, Clock clock) {
        this.matches = matches;
        this.access = access;
        this.clock = clock;
    }

    /** A coordinator records a meeting of a match of this cohort. */
    public CheckInResponse record(UUID programmeId, UUID cohortId, UUID matchId, CheckInRequest request) {
        Match match = matches.require(programmeId, cohortId, matchId);
        boolean met = match.publishedAt != null
                && (match.status == MatchStatus.PUBLISHED || match.status == MatchStatus.ENDED);
        if (!met) {
            throw new Conflict("not-published", "A %s match takes no check-ins; only published (or ended) pairs meet"
                    .formatted(match.status)).with("currentStatus", match.status);
        }
        LocalDate ended = match.decidedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        if (match.status == MatchStatus.ENDED && request.date().isAfter(ended)) {
            throw new Invalid("date", "must not be after the day the match ended (%s)".formatted(ended));
        }
        return store(match, request, "COORDINATOR");
    }

    /** A participant records a meeting of their own published match. */
    public CheckInResponse recordOwn(UUID profileId, UUID matchId, CheckInRequest request) {
        Match match = matches.currentOf(profileId, matchId)
                .filter(current -> current.status == MatchStatus.PUBLISHED)
                .orElseThrow(() -> new Conflict("no-published-match",
                        "You have no published match yet; meetings can be recorded once your match is published"));
        return store(match, request, match.menteeId.equals(profileId) ? "MENTEE" : "MENTOR");
    }

    /** Newest meeting first. */
    @Transactional(SUPPORTS)
    public Page<CheckInResponse> list(UUID programmeId, UUID cohortId, UUID matchId, PageRequest page) {
        matches.require(programmeId, cohortId, matchId);
        return Page.of(CheckIn.<CheckIn>find("matchId", NEWEST_FIRST, matchId), page, CheckInResponse::of);
    }

    /** Each listed match's count and latest day, in one grouped query; matches without check-ins are left out. */
    @Transactional(SUPPORTS)
    public Map<UUID, CheckInTally> tally(UUID cohortId, Collection<UUID> matchIds) {
        Map<UUID, CheckInTally> tallies = new HashMap<>();
        if (matchIds.isEmpty()) {
            return tallies;
        }
        CheckIn.getEntityManager()
                .createQuery("select c.matchId, count(c), max(c.metOn) from CheckIn c "
                        + "where c.cohortId = :cohort and c.matchId in :matches group by c.matchId", Object[].class)
                .setParameter("cohort", cohortId)
                .setParameter("matches", matchIds)
                .getResultList()
                .forEach(row -> tallies.put((UUID) row[0], new CheckInTally((Long) row[1], (LocalDate) row[2])));
        return tallies;
    }

    private CheckInResponse store(Match match, CheckInRequest request, String recordedAs) {
        LocalDate today = LocalDate.now(clock);
        if (request.date().isAfter(today)) {
            throw new Invalid("date", "must not be in the future (today is %s)".formatted(today));
        }
        LocalDate published = match.publishedAt.atZoneSameInstant(clock.getZone()).toLocalDate();
        if (request.date().isBefore(published)) {
            throw new Invalid("date", "must not be before the match was published (%s)".formatted(published));
        }
        CheckIn checkIn = new CheckIn();
        checkIn.cohortId = match.cohortId;
        checkIn.matchId = match.id;
        checkIn.metOn = request.date();
        checkIn.minutes = request.minutes();
        checkIn.mode = request.mode();
        checkIn.topics = request.topics() == null ? List.of() : request.topics().stream().map(String::strip).toList();
        checkIn.note = request.note();
        checkIn.recordedAs = recordedAs;
        checkIn.recordedBy = access.subject();
        checkIn.createdAt = OffsetDateTime.now(clock);
        checkIn.persist();
        return CheckInResponse.of(checkIn);
    }
}
