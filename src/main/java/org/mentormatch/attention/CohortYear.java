package org.mentormatch.attention;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.checkin.CheckInService;
import org.mentormatch.checkin.CheckInTally;
import org.mentormatch.match.Match;
import org.mentormatch.match.MatchStatus;

/**
 * Reads the year of a cohort's published pairs (those PUBLISHED, and those ENDED after publication) in four
 * queries whatever their number: the matches, their check-in tallies, their feedback answers, their clearings.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class CohortYear {

    private final CheckInService checkIns;

    public CohortYear(CheckInService checkIns) {
        this.checkIns = checkIns;
    }

    /** Every published pair of the cohort. */
    public List<PairYear> of(UUID cohortId) {
        return load(cohortId, Match.<Match>list("cohortId = ?1 and publishedAt is not null and status in ?2", cohortId,
                MatchStatus.YEAR));
    }

    /** The published pairs among these matches of the cohort. */
    public List<PairYear> of(UUID cohortId, Collection<UUID> matchIds) {
        if (matchIds.isEmpty()) {
            return List.of();
        }
        return load(cohortId, Match.<Match>list("cohortId = ?1 and publishedAt is not null and status in ?2 and id in ?3",
                cohortId, MatchStatus.YEAR, matchIds));
    }

    private List<PairYear> load(UUID cohortId, List<Match> matches) {
        if (matches.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = matches.stream().map(match -> match.id).toList();
        Map<UUID, CheckInTally> tallies = checkIns.tally(cohortId, ids);
        Map<UUID, List<Answer>> answers = answers(cohortId, ids);
        Map<UUID, Instant> cleared = new HashMap<>();
        Clearance.getEntityManager()
                .createQuery("select c.matchId, max(c.clearedAt) from Clearance c "
                        + "where c.cohortId = :cohort and c.matchId in :matches group by c.matchId", Object[].class)
                .setParameter("cohort", cohortId)
                .setParameter("matches", ids)
                .getResultList()
                .forEach(row -> cleared.put((UUID) row[0], ((OffsetDateTime) row[1]).toInstant()));
        List<PairYear> pairs = new ArrayList<>();
        for (Match match : matches) {
            CheckInTally tally = tallies.get(match.id);
            pairs.add(new PairYear(match.id, cohortId, day(match.publishedAt),
                    match.status == MatchStatus.ENDED ? day(match.decidedAt) : null,
                    tally == null ? null : tally.lastOn(), answers.getOrDefault(match.id, List.of()),
                    cleared.get(match.id)));
        }
        return pairs;
    }

    /**
     * The answers, read from the feedback table by SQL: the feedback feature builds on this one (it raises
     * attention), so its entity is not visible here.
     */
    private static Map<UUID, List<Answer>> answers(UUID cohortId, List<UUID> ids) {
        Map<UUID, List<Answer>> answers = new HashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = Match.getEntityManager()
                .createNativeQuery("select match_id, side, due_on, fit, continue_pair, answered_at from feedback "
                        + "where cohort_id = :cohort and match_id in (:matches)")
                .setParameter("cohort", cohortId)
                .setParameter("matches", ids)
                .getResultList();
        for (Object[] row : rows) {
            answers.computeIfAbsent((UUID) row[0], id -> new ArrayList<>()).add(new Answer(Side.valueOf((String) row[1]),
                    localDate(row[2]), ((Number) row[3]).intValue(), (Boolean) row[4], instant(row[5])));
        }
        return answers;
    }

    /** Days of the year are UTC days, as the service's clock keeps them. */
    static LocalDate day(OffsetDateTime at) {
        return at.atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
    }

    private static LocalDate localDate(Object value) {
        return value instanceof Date date ? date.toLocalDate() : (LocalDate) value;
    }

    private static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return (Instant) value;
    }
}
