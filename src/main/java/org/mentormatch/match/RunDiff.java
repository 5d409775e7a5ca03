package org.mentormatch.match;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matchrun.MatchProposal;
import org.mentormatch.matchrun.MatchRun;
import org.mentormatch.matchrun.SnapshotLoader;
import org.mentormatch.refusal.Conflict;
import org.mentormatch.refusal.NotFound;

/**
 * What-if before adopting: a run's proposals against the cohort's current matches, mentee by mentee, and the
 * change in the quality metrics. It compares the proposals as the run made them; adopting also skips pairs
 * rejected or left by someone since, so the diff of an old run can promise a little more than adopting gives.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
public class RunDiff {

    private static final Comparator<PairChange> BY_MENTEE = Comparator
            .comparing(PairChange::menteeName, Comparator.nullsLast(Comparator.naturalOrder()))
            .thenComparing(PairChange::menteeId);

    private final CohortService cohorts;
    private final SnapshotLoader loader;

    public RunDiff(CohortService cohorts, SnapshotLoader loader) {
        this.cohorts = cohorts;
        this.loader = loader;
    }

    public RunDiffResponse diff(UUID programmeId, UUID cohortId, UUID runId) {
        cohorts.require(programmeId, cohortId);
        MatchRun run = MatchRun.<MatchRun>find("id = ?1 and cohortId = ?2", runId, cohortId).firstResultOptional()
                .orElseThrow(() -> new NotFound("Match run", runId));
        if (!run.hasProposals()) {
            throw new Conflict("no-proposals", ("Match run %s is %s; it can be compared once it is COMPLETED or "
                    + "CANCELLED").formatted(runId, run.status));
        }
        Map<UUID, Pair> current = new HashMap<>();
        Match.<Match>find("cohortId = ?1 and status in ?2", cohortId, MatchStatus.OPEN).stream()
                .forEach(match -> current.put(match.menteeId, new Pair(match.mentorId, match.quality)));
        Map<UUID, Pair> proposed = new HashMap<>();
        MatchProposal.<MatchProposal>find("runId", runId).stream()
                .forEach(proposal -> proposed.put(proposal.menteeId, new Pair(proposal.mentorId, proposal.quality)));
        Set<UUID> mentees = new LinkedHashSet<>(proposed.keySet());
        mentees.addAll(current.keySet());

        Map<UUID, String> names = loader.names(cohortId);
        List<PairChange> gained = new ArrayList<>();
        List<PairChange> lost = new ArrayList<>();
        List<PairChange> changed = new ArrayList<>();
        int unchanged = 0;
        int unmatchedInBoth = 0;
        for (UUID mentee : mentees) {
            Pair from = current.getOrDefault(mentee, Pair.NONE);
            Pair to = proposed.getOrDefault(mentee, Pair.NONE);
            if (Objects.equals(from.mentorId(), to.mentorId())) {
                if (from.mentorId() == null) {
                    unmatchedInBoth++;
                } else {
                    unchanged++;
                }
                continue;
            }
            PairChange change = new PairChange(mentee, names.get(mentee), from.mentorId(), names.get(from.mentorId()),
                    to.mentorId(), names.get(to.mentorId()), from.quality(), to.quality());
            (from.mentorId() == null ? gained : to.mentorId() == null ? lost : changed).add(change);
        }
        gained.sort(BY_MENTEE);
        lost.sort(BY_MENTEE);
        changed.sort(BY_MENTEE);
        Metrics before = Metrics.of(current.values(), mentees.size());
        Metrics after = Metrics.of(proposed.values(), mentees.size());
        return new RunDiffResponse(runId, mentees.size(), unchanged, unmatchedInBoth, gained, lost, changed,
                MetricChange.of((double) before.matched(), (double) after.matched()),
                MetricChange.of((double) before.unmatched(), (double) after.unmatched()),
                MetricChange.of(before.meanQuality(), after.meanQuality()),
                MetricChange.of(before.minimumQuality(), after.minimumQuality()));
    }

    private record Pair(UUID mentorId, Integer quality) {
        static final Pair NONE = new Pair(null, null);
    }

    /** Metrics of one side over the same mentees, so that matched + unmatched is equal on both sides. */
    private record Metrics(int matched, int unmatched, Double meanQuality, Double minimumQuality) {

        static Metrics of(Collection<Pair> pairs, int mentees) {
            List<Integer> qualities = pairs.stream().filter(pair -> pair.mentorId() != null)
                    .map(pair -> pair.quality() == null ? 0 : pair.quality()).toList();
            Double mean = qualities.isEmpty() ? null
                    : Math.round(qualities.stream().mapToInt(Integer::intValue).average().orElseThrow() * 10) / 10.0;
            Double minimum = qualities.stream().mapToInt(Integer::intValue).min().stream()
                    .mapToObj(value -> (double) value).findFirst().orElse(null);
            return new Metrics(qualities.size(), mentees - qualities.size(), mean, minimum);
        }
    }
}
