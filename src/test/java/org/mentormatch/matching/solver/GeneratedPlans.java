package org.mentormatch.matching.solver;

import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.IntStream;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.config.score.director.ScoreDirectorFactoryConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Seeded random cohorts that look like a Danish spouse programme: mostly professional fields, Danish and English
 * with a few mentees speaking neither, a handful of big employers. Same seed, same plan.
 */
public final class GeneratedPlans {

    private static final String[] FIELDS = {"2511", "2512", "2519", "2421", "2431", "2631", "2166", "2221", "3112",
            "1211"};
    private static final String[] LANGUAGES = {"da", "en", "en", "en", "de", "ar", "uk"};
    private static final String[] REGIONS = {"DK-81", "DK-82", "DK-83", "DK-84", "DK-85"};
    private static final String[] COUNTRIES = {"IN", "UA", "SY", "IR", "US", "PH", "BR"};
    private static final String[] EMPLOYERS = {"Novo Nordisk", "Maersk", "LEGO", "Vestas", "Carlsberg"};
    private static final String[] WORDS = {"java", "sql", "excel", "design", "sales", "lean", "python", "research",
            "hiking", "chess", "cooking", "music", "football", "reading"};

    private GeneratedPlans() {
    }

    public static MatchPlan plan(int menteeCount, int mentorCount, int maxCapacity, long seed) {
        return plan(menteeCount, mentorCount, maxCapacity, seed, MatchingPolicy.defaults(), 0, 0);
    }

    /**
     * A plan with exclusions (each pair with probability {@code exclusionRate}) and confirmed pairs (each mentee
     * pinned to a random allowed mentor with free capacity with probability {@code pinnedRate}).
     */
    public static MatchPlan plan(int menteeCount, int mentorCount, int maxCapacity, long seed, MatchingPolicy policy,
            double exclusionRate, double pinnedRate) {
        Random random = new Random(seed);
        List<MenteeFact> mentees = IntStream.range(0, menteeCount).mapToObj(i -> mentee(i, random)).toList();
        List<MentorFact> mentors = IntStream.range(0, mentorCount)
                .mapToObj(i -> mentor(i, 1 + random.nextInt(maxCapacity), random)).toList();
        List<ExcludedPair> exclusions = new java.util.ArrayList<>();
        long excluded = Math.round(exclusionRate * menteeCount * mentorCount);
        for (long k = 0; k < excluded; k++) {
            exclusions.add(new ExcludedPair(pick(mentees, random).id(), pick(mentors, random).id()));
        }
        PairTable table = PairTable.build(mentees, mentors, policy, exclusions);
        int[] load = new int[mentorCount];
        List<MenteeAssignment> assignments = mentees.stream().map(mentee -> {
            MentorFact mentor = pick(mentors, random);
            if (random.nextDouble() < pinnedRate && table.isAllowed(mentee, mentor)
                    && load[mentor.index()] < mentor.capacity()) {
                load[mentor.index()]++;
                return new MenteeAssignment(mentee, mentor, true);
            }
            return MenteeAssignment.unassigned(mentee);
        }).toList();
        return new MatchPlan(table, mentors, assignments);
    }

    private static <T> T pick(List<T> values, Random random) {
        return values.get(random.nextInt(values.size()));
    }

    public static SolverConfig solverConfig(TerminationConfig termination) {
        return new SolverConfig()
                .withSolutionClass(MatchPlan.class)
                .withEntityClasses(MenteeAssignment.class)
                .withScoreDirectorFactory(new ScoreDirectorFactoryConfig()
                        .withConstraintProviderClass(MatchConstraintProvider.class)
                        .withConstraintStreamImplType(ConstraintStreamImplType.BAVET))
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE)
                .withRandomSeed(0L)
                .withTerminationConfig(termination);
    }

    private static MenteeFact mentee(int index, Random random) {
        return new MenteeFact(index, new UUID(1, index), pick(FIELDS, random), 3 + random.nextInt(5),
                random.nextInt(15), words(random), words(random), languages(random), pick(REGIONS, random),
                pick(COUNTRIES, random), random.nextInt(4) == 0 ? pick(EMPLOYERS, random) : null,
                random.nextBoolean() ? List.of(pick(FIELDS, random).substring(0, 2)) : List.of(),
                random.nextBoolean() ? List.of("en") : List.of(), pick(MeetingMode.values(), random));
    }

    private static MentorFact mentor(int index, int capacity, Random random) {
        return new MentorFact(index, new UUID(2, index), pick(FIELDS, random), 4 + random.nextInt(5),
                5 + random.nextInt(25), words(random), words(random), List.of("da", pick(LANGUAGES, random)),
                pick(REGIONS, random), random.nextBoolean(), "DK",
                random.nextInt(3) == 0 ? pick(EMPLOYERS, random) : null, capacity,
                List.of(pick(COUNTRIES, random), pick(COUNTRIES, random)));
    }

    private static List<String> languages(Random random) {
        return random.nextInt(3) == 0 ? List.of(pick(LANGUAGES, random)) : List.of("en", pick(LANGUAGES, random));
    }

    private static List<String> words(Random random) {
        return List.of(pick(WORDS, random), pick(WORDS, random), pick(WORDS, random));
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
