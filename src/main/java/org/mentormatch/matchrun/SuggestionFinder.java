package org.mentormatch.matchrun;

import static java.util.function.Function.identity;
import static java.util.stream.Collectors.counting;
import static java.util.stream.Collectors.groupingBy;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.stream.IntStream;
import org.hibernate.jpa.HibernateHints;
import org.mentormatch.affinity.AffinityService;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.policy.PolicyService;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.mentormatch.profile.Profile;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;

/**
 * The best counterparts for one person now, graded by the run's own pair table on a 1 × n (or n × 1) table: only
 * pairs that break no rule of the cohort's policy, with people a run would admit, ranked by quality. The cohort's
 * current matches are its proposed, accepted and published pairs (the proposals are those of the adopted run); a
 * mentor's free places are their capacity minus those, and a mentee who has one is not suggested to mentors.
 */
@ApplicationScoped
public class SuggestionFinder {

    /** The most suggestions one answer holds: enough to choose from, and each carries its reasons. */
    public static final int MAX_LIMIT = 50;

    private static final Sort CREATION_ORDER = Sort.by("createdAt").and("id");

    private final CohortService cohorts;
    private final PolicyService policies;
    private final AffinityService affinities;
    private final CohortDecisions decisions;
    private final SnapshotLoader snapshots;

    SuggestionFinder(CohortService cohorts, PolicyService policies, AffinityService affinities,
            CohortDecisions decisions, SnapshotLoader snapshots) {
        this.cohorts = cohorts;
        this.policies = policies;
        this.affinities = affinities;
        this.decisions = decisions;
        this.snapshots = snapshots;
    }

    /**
     * Mentors with a free place, best first. A mentee who already has a match gets alternatives to it: their own
     * mentor is not among them.
     */
    @Transactional
    public SuggestionList forMentee(UUID programmeId, UUID cohortId, UUID menteeId, int limit) {
        cohorts.require(programmeId, cohortId);
        Mentee mentee = Mentee.<Mentee>find("id = ?1 and cohortId = ?2", menteeId, cohortId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Mentee", menteeId));
        ConsentGate gate = matchable(mentee, cohortId);
        Map<UUID, UUID> current = decisions.pinned(cohortId, true);
        Map<UUID, Long> taken = current.values().stream().collect(groupingBy(identity(), counting()));
        UUID ownMentor = current.get(menteeId);
        List<Mentor> free = Mentor.<Mentor>find("cohortId = ?1 and withdrawnOn is null and anonymisedAt is null",
                        CREATION_ORDER, cohortId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                .filter(gate::admits)
                .filter(mentor -> !mentor.id.equals(ownMentor) && mentor.capacity > taken.getOrDefault(mentor.id, 0L))
                .toList();
        MenteeFact one = FactMapper.INSTANCE.toFact(mentee, 0);
        List<MentorFact> mentors = IntStream.range(0, free.size())
                .mapToObj(i -> FactMapper.INSTANCE.toFact(free.get(i), i)).toList();
        PairTable table = table(cohortId, List.of(one), mentors);
        return best(mentors, mentor -> table.isAllowed(one, mentor), mentor -> table.quality(one, mentor), limit,
                mentor -> {
                    Mentor row = free.get(mentor.index());
                    return new Suggestion(row.id, row.displayName, table.quality(one, mentor),
                            (int) (row.capacity - taken.getOrDefault(row.id, 0L)), PairReasons.of(table, one, mentor));
                });
    }

    /** Mentees without a current match, best first, whether or not the mentor has a free place. */
    @Transactional
    public SuggestionList forMentor(UUID programmeId, UUID cohortId, UUID mentorId, int limit) {
        cohorts.require(programmeId, cohortId);
        Mentor mentor = Mentor.<Mentor>find("id = ?1 and cohortId = ?2", mentorId, cohortId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Mentor", mentorId));
        ConsentGate gate = matchable(mentor, cohortId);
        Set<UUID> matched = decisions.pinned(cohortId, true).keySet();
        List<Mentee> open = Mentee.<Mentee>find("cohortId = ?1 and withdrawnOn is null and anonymisedAt is null",
                        CREATION_ORDER, cohortId)
                .withHint(HibernateHints.HINT_READ_ONLY, true).stream()
                .filter(gate::admits)
                .filter(mentee -> !matched.contains(mentee.id))
                .toList();
        MentorFact one = FactMapper.INSTANCE.toFact(mentor, 0);
        List<MenteeFact> mentees = IntStream.range(0, open.size())
                .mapToObj(i -> FactMapper.INSTANCE.toFact(open.get(i), i)).toList();
        PairTable table = table(cohortId, mentees, List.of(one));
        return best(mentees, mentee -> table.isAllowed(mentee, one), mentee -> table.quality(mentee, one), limit,
                mentee -> {
                    Mentee row = open.get(mentee.index());
                    return new Suggestion(row.id, row.displayName, table.quality(mentee, one), null,
                            PairReasons.of(table, mentee, one));
                });
    }

    /** The allowed candidates, best first; equal qualities keep creation order, so answers are stable. */
    private static <F> SuggestionList best(List<F> candidates, Predicate<F> allowed, ToIntFunction<F> quality,
            int limit, Function<F, Suggestion> suggestion) {
        return new SuggestionList(candidates.stream()
                .filter(allowed)
                .sorted(Comparator.comparingInt(candidate -> -quality.applyAsInt(candidate)))
                .limit(limit)
                .map(suggestion)
                .toList());
    }

    /**
     * The gate a run would pass people through; refuses, with the types other refusals use, a person a run would
     * leave out.
     */
    private static ConsentGate matchable(Profile person, UUID cohortId) {
        String kind = person instanceof Mentee ? "Mentee" : "Mentor";
        if (person.isAnonymised() || person.isWithdrawn()) {
            throw new Conflict(person.isAnonymised() ? "anonymised" : "withdrawn",
                    "%s %s has %s, so a run would not match them".formatted(kind, person.id, person.isAnonymised() ? "been anonymised" : "left the programme"));
        }
        // No pinned pairs: a kept pair admits a person for that pair alone, not for new ones.
        ConsentGate gate = new ConsentGate(SnapshotLoader.matchingBases(cohortId), Map.of());
        if (!(person instanceof Mentee mentee ? gate.admits(mentee) : gate.admits((Mentor) person))) {
            throw new Conflict("no-allowed-consent-basis",
                    "%s %s has no consent basis the programme matches on, so a run would not match them"
                            .formatted(kind, person.id));
        }
        return gate;
    }

    /** The run's grading of these pairs, with the cohort's exclusions, ruled-out pairs and affinities. */
    private PairTable table(UUID cohortId, List<MenteeFact> mentees, List<MentorFact> mentors) {
        return PairTable.build(mentees, mentors, policies.policyOf(cohortId), snapshots.excludedPairs(cohortId),
                affinities.pairsOf(cohortId));
    }
}
