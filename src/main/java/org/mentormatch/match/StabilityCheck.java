package org.mentormatch.match;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.UUID;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matchrun.CohortSnapshot;
import org.mentormatch.matchrun.RunMode;
import org.mentormatch.matchrun.SnapshotLoader;

/**
 * Finds the blocking pairs of a cohort's current matches: a mentee and a mentor, allowed together and not already
 * paired, where the mentee is unmatched or prefers the mentor to their current one, and the mentor did not decline
 * them (nor leave them out of the mentees they accept) and has a free place or would score higher than with their
 * weakest current mentee. The mentee's preference follows their stated ranking where it names either mentor (a
 * ranked mentor before an unranked one, rank 1 first); between two mentors they did not rank, the engine's pair
 * quality decides.
 * <p>
 * It builds the cohort's whole pair table, six bytes a pair or more (see PairLayout): hundreds of MB for the largest cohorts.
 */
@ApplicationScoped
public class StabilityCheck {

    static final int MAX_LISTED = 200;
    private static final int NONE = -1;
    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::gain).reversed()
            .thenComparingInt(Candidate::mentee).thenComparingInt(Candidate::mentor);

    private final CohortService cohorts;
    private final SnapshotLoader loader;

    public StabilityCheck(CohortService cohorts, SnapshotLoader loader) {
        this.cohorts = cohorts;
        this.loader = loader;
    }

    @Transactional
    public StabilityReport report(UUID programmeId, UUID cohortId) {
        cohorts.require(programmeId, cohortId);
        CohortSnapshot snapshot = loader.load(cohortId, RunMode.FULL);
        List<MenteeFact> mentees = snapshot.mentees();
        List<MentorFact> mentors = snapshot.mentors();
        PairTable table = PairTable.build(mentees, mentors, snapshot.policy(), snapshot.exclusions(),
                snapshot.affinities());
        Current current = Current.of(cohortId, mentees, mentors, table);

        PriorityQueue<Candidate> best = new PriorityQueue<>(ORDER.reversed());
        boolean[] menteeBlocks = new boolean[mentees.size()];
        boolean[] mentorBlocks = new boolean[mentors.size()];
        long blocking = 0;
        for (MenteeFact mentee : mentees) {
            int had = current.mentorOf[mentee.index()];
            int hadQuality = had == NONE ? 0 : current.qualityOf[mentee.index()];
            for (MentorFact mentor : mentors) {
                if (mentor.index() == had || !table.isAllowed(mentee, mentor)) {
                    continue;
                }
                int quality = table.quality(mentee, mentor);
                boolean menteePrefers = had == NONE || prefers(mentee, mentor, mentors.get(had), quality, hadQuality);
                boolean spare = current.load[mentor.index()] < mentor.capacity();
                if (!menteePrefers || mentor.refuses(mentee.id())
                        || !spare && quality <= current.worstQuality[mentor.index()]) {
                    continue;
                }
                blocking++;
                menteeBlocks[mentee.index()] = true;
                mentorBlocks[mentor.index()] = true;
                int mentorGain = quality - (spare ? 0 : current.worstQuality[mentor.index()]);
                best.add(new Candidate(mentee.index(), mentor.index(), quality, spare, quality - hadQuality + mentorGain));
                if (best.size() > MAX_LISTED) {
                    best.poll();
                }
            }
        }
        Map<UUID, String> names = loader.names(cohortId);
        List<BlockingPair> pairs = best.stream().sorted(ORDER)
                .map(candidate -> describe(candidate, mentees, mentors, current, names))
                .toList();
        return new StabilityReport(blocking == 0, current.matches, blocking, count(menteeBlocks), count(mentorBlocks),
                blocking > pairs.size(), pairs);
    }

    /** By the mentee's stated ranks where they ranked either mentor, else by the pairs' quality. */
    static boolean prefers(MenteeFact mentee, MentorFact candidate, MentorFact current, int quality, int currentQuality) {
        int rank = mentee.rankOf(candidate.id());
        int currentRank = mentee.rankOf(current.id());
        if (rank == 0 && currentRank == 0) {
            return quality > currentQuality;
        }
        return rank != 0 && (currentRank == 0 || rank < currentRank);
    }

    private static BlockingPair describe(Candidate candidate, List<MenteeFact> mentees, List<MentorFact> mentors,
            Current current, Map<UUID, String> names) {
        UUID mentee = mentees.get(candidate.mentee()).id();
        UUID mentor = mentors.get(candidate.mentor()).id();
        int had = current.mentorOf[candidate.mentee()];
        UUID hadMentor = had == NONE ? null : mentors.get(had).id();
        Integer hadQuality = had == NONE ? null : current.qualityOf[candidate.mentee()];
        int worst = current.worstMentee[candidate.mentor()];
        UUID worstMentee = candidate.spare() ? null : mentees.get(worst).id();
        Integer worstQuality = candidate.spare() ? null : current.worstQuality[candidate.mentor()];
        MenteeFact menteeFact = mentees.get(candidate.mentee());
        int rank = menteeFact.rankOf(mentor);
        String menteeSide;
        if (hadMentor == null) {
            menteeSide = "%s has no mentor and would score %d with %s".formatted(names.get(mentee), candidate.quality(),
                    names.get(mentor));
        } else if (rank > 0) {
            int hadRank = menteeFact.rankOf(hadMentor);
            menteeSide = "%s ranked %s as choice %d, above %s (%s)".formatted(names.get(mentee), names.get(mentor),
                    rank, names.get(hadMentor), hadRank == 0 ? "not ranked" : "choice " + hadRank);
        } else {
            menteeSide = "%s would score %d with %s, above the %d of the pair with %s".formatted(names.get(mentee),
                    candidate.quality(), names.get(mentor), hadQuality, names.get(hadMentor));
        }
        String mentorSide = candidate.spare()
                ? "%s has room for another mentee".formatted(names.get(mentor))
                : "%s's weakest pair, with %s, scores only %d".formatted(names.get(mentor), names.get(worstMentee), worstQuality);
        return new BlockingPair(mentee, names.get(mentee), mentor, names.get(mentor), candidate.quality(), hadMentor,
                names.get(hadMentor), hadQuality, candidate.spare(), worstMentee, names.get(worstMentee), worstQuality,
                candidate.gain(), menteeSide + ", and " + mentorSide + ".");
    }

    private static int count(boolean[] flags) {
        int count = 0;
        for (boolean flag : flags) {
            count += flag ? 1 : 0;
        }
        return count;
    }

    private record Candidate(int mentee, int mentor, int quality, boolean spare, int gain) {
    }

    /** The current matches by fact index; pairs with someone who has left are ignored. */
    private static final class Current {
        final int[] mentorOf;
        final int[] qualityOf;
        final int[] load;
        final int[] worstMentee;
        final int[] worstQuality;
        int matches;

        private Current(int menteeCount, int mentorCount) {
            mentorOf = new int[menteeCount];
            qualityOf = new int[menteeCount];
            load = new int[mentorCount];
            worstMentee = new int[mentorCount];
            worstQuality = new int[mentorCount];
            Arrays.fill(mentorOf, NONE);
            Arrays.fill(worstMentee, NONE);
            Arrays.fill(worstQuality, Integer.MAX_VALUE);
        }

        static Current of(UUID cohortId, List<MenteeFact> mentees, List<MentorFact> mentors, PairTable table) {
            Map<UUID, MenteeFact> menteesById = new HashMap<>();
            mentees.forEach(mentee -> menteesById.put(mentee.id(), mentee));
            Map<UUID, MentorFact> mentorsById = new HashMap<>();
            mentors.forEach(mentor -> mentorsById.put(mentor.id(), mentor));
            Current current = new Current(mentees.size(), mentors.size());
            List<Match> open = Match.<Match>find("cohortId = ?1 and status in ?2 order by id", cohortId, MatchStatus.OPEN)
                    .list();
            for (Match match : open) {
                MenteeFact mentee = menteesById.get(match.menteeId);
                MentorFact mentor = mentorsById.get(match.mentorId);
                if (mentee == null || mentor == null) {
                    continue;
                }
                int quality = table.quality(mentee, mentor);
                current.mentorOf[mentee.index()] = mentor.index();
                current.qualityOf[mentee.index()] = quality;
                current.load[mentor.index()]++;
                if (quality < current.worstQuality[mentor.index()]) {
                    current.worstQuality[mentor.index()] = quality;
                    current.worstMentee[mentor.index()] = mentee.index();
                }
                current.matches++;
            }
            return current;
        }
    }
}
