package org.mentormatch.feedback;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mentormatch.attention.Announcements;
import org.mentormatch.attention.Attention;
import org.mentormatch.attention.CohortYear;
import org.mentormatch.attention.DueRound;
import org.mentormatch.attention.PairYear;
import org.mentormatch.attention.Side;
import org.mentormatch.cohort.Cohort;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.event.ProgrammeEvent;
import org.mentormatch.feedbackplan.FeedbackPlanService;
import org.mentormatch.feedbackplan.Rounds;
import org.mentormatch.match.AttentionKind;
import org.mentormatch.match.AttentionReason;
import org.mentormatch.match.Match;
import org.mentormatch.match.MatchService;
import org.mentormatch.match.MatchStatus;
import org.mentormatch.persistence.Constraints;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.Invalid;
import org.mentormatch.security.Access;

/**
 * Feedback on published pairs, by round of the programme's plan. A side answers its oldest due round it has not
 * answered, or else the next one; an answer that makes the pair newly need attention (POOR_FIT) is announced in
 * the same transaction ({@code match.attention}).
 */
@ApplicationScoped
@Transactional
public class FeedbackService {

    /** PostgreSQL's name for V9's unique (match_id, side, due_on). */
    private static final String ONCE_PER_ROUND = "feedback_once_per_round";
    private static final Sort NEWEST_ROUND_FIRST = Sort.by("dueOn", Sort.Direction.Descending).and("side").and("id");

    private final MatchService matches;
    private final CohortService cohorts;
    private final CohortYear year;
    private final FeedbackPlanService plans;
    private final Attention attention;
    private final Access access;
    private final Event<ProgrammeEvent> events;
    private final Clock clock;

    public FeedbackService(MatchService matches, CohortService cohorts, CohortYear year, FeedbackPlanService plans,
            Attention attention, Access access, Event<ProgrammeEvent> events, Clock clock) {
        this.matches = matches;
        this.cohorts = cohorts;
        this.year = year;
        this.plans = plans;
        this.attention = attention;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** A coordinator records one side's answer, collected outside the service. */
    public FeedbackResponse record(UUID programmeId, UUID cohortId, UUID matchId, FeedbackRequest request) {
        return store(programmeId, matches.require(programmeId, cohortId, matchId), request.side(), request.answer());
    }

    /** A participant answers for their own side of their current match, or of the one they name. */
    public FeedbackResponse answerOwn(UUID profileId, UUID matchId, FeedbackAnswer answer) {
        Match match = matches.currentOf(profileId, matchId).orElseThrow(() -> new Conflict("no-published-match",
                "You have no published match yet; feedback is asked once your match is published"));
        Cohort cohort = Cohort.findById(match.cohortId);
        return store(cohort.programmeId, match, sideOf(match, profileId), answer);
    }

    /** Every answer on a match, newest round first. */
    @Transactional(SUPPORTS)
    public List<FeedbackResponse> list(UUID programmeId, UUID cohortId, UUID matchId) {
        matches.require(programmeId, cohortId, matchId);
        return Feedback.<Feedback>list("matchId", NEWEST_ROUND_FIRST, matchId).stream().map(FeedbackResponse::of).toList();
    }

    /** A participant's answers and the rounds their side owes, on their current match or the one they name. */
    @Transactional(SUPPORTS)
    public MyFeedback own(UUID profileId, UUID matchId) {
        Optional<Match> current = matches.currentOf(profileId, matchId);
        if (current.isEmpty()) {
            return new MyFeedback(null, List.of(), List.of());
        }
        Match match = current.get();
        Side side = sideOf(match, profileId);
        List<FeedbackResponse> answers = Feedback.<Feedback>list("matchId = ?1 and side = ?2", NEWEST_ROUND_FIRST,
                match.id, side).stream().map(FeedbackResponse::of).toList();
        List<DueFeedback> due = due(match.cohortId, year.of(match.cohortId, List.of(match.id))).stream()
                .filter(round -> round.side() == side)
                .toList();
        return new MyFeedback(match.id, answers, due);
    }

    /** Every round of the cohort's published pairs that fell due and a side has not answered, most overdue first. */
    @Transactional(SUPPORTS)
    public List<DueFeedback> due(UUID programmeId, UUID cohortId) {
        cohorts.require(programmeId, cohortId);
        return due(cohortId, year.of(cohortId));
    }

    private List<DueFeedback> due(UUID cohortId, List<PairYear> pairs) {
        Rounds rounds = plans.planOfCohort(cohortId).rounds();
        LocalDate today = LocalDate.now(clock);
        List<DueFeedback> due = new ArrayList<>();
        for (PairYear pair : pairs) {
            for (DueRound round : pair.unanswered(rounds, today)) {
                due.add(new DueFeedback(pair.matchId(), round.side(), round.dueOn(),
                        ChronoUnit.DAYS.between(round.dueOn(), today)));
            }
        }
        due.sort(Comparator.comparing(DueFeedback::dueOn).thenComparing(DueFeedback::matchId)
                .thenComparing(DueFeedback::side));
        return due;
    }

    private FeedbackResponse store(UUID programmeId, Match match, Side side, FeedbackAnswer answer) {
        if (!MatchStatus.YEAR.contains(match.status) || match.publishedAt == null) {
            throw new Conflict("not-published", ("A %s match is not asked for feedback; only published (or ended) "
                    + "pairs are").formatted(match.status)).with("currentStatus", match.status);
        }
        if (answer.continuePair() == null) {
            throw new Invalid("continue", "must not be null");
        }
        LocalDate today = LocalDate.now(clock);
        PairYear pair = year.of(match.cohortId, List.of(match.id)).get(0);
        LocalDate round = pair.roundToAnswer(side, plans.planOfCohort(match.cohortId).rounds(), today)
                .orElseThrow(() -> new Conflict("no-round-open",
                        "The %s has answered every round of this match".formatted(side.name().toLowerCase()))
                        .with("side", side));
        boolean poorBefore = poorFit(match);
        Feedback feedback = new Feedback();
        feedback.cohortId = match.cohortId;
        feedback.matchId = match.id;
        feedback.side = side;
        feedback.dueOn = round;
        feedback.fit = answer.fit().shortValue();
        feedback.continuePair = answer.continuePair();
        feedback.comment = answer.comment();
        feedback.answeredBy = access.subject();
        feedback.answeredAt = OffsetDateTime.now(clock);
        try {
            feedback.persistAndFlush();
        } catch (PersistenceException e) {
            if (Constraints.violated(e, ONCE_PER_ROUND)) {
                throw new Conflict("no-round-open", "This round was answered at the same moment; read again");
            }
            throw e;
        }
        if (!poorBefore && poorFit(match)) {
            events.fire(Announcements.attention(programmeId, match.cohortId, match.id, AttentionKind.POOR_FIT));
        }
        return FeedbackResponse.of(feedback);
    }

    private boolean poorFit(Match match) {
        return attention.forMatches(match.cohortId, List.of(match.id)).getOrDefault(match.id, List.of()).stream()
                .map(AttentionReason::kind)
                .anyMatch(AttentionKind.POOR_FIT::equals);
    }

    private static Side sideOf(Match match, UUID profileId) {
        return match.menteeId.equals(profileId) ? Side.MENTEE : Side.MENTOR;
    }
}
