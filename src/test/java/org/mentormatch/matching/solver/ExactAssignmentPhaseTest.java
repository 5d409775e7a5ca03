package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentormatch.matching.MatchFixtures.mentee;
import static org.mentormatch.matching.MatchFixtures.mentor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairAffinity;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.Priority;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.core.impl.score.director.InnerScoreDirector;
import org.optaplanner.core.impl.solver.DefaultSolverFactory;

/** The exact phase against exhaustive enumeration scored by the real constraints. */
class ExactAssignmentPhaseTest {

    private static final SolverFactory<MatchPlan> EXACT_ONLY = SolverFactory.create(
            GeneratedPlans.solverConfig(new TerminationConfig()).withTerminationConfig(null)
                    .withPhases(new CustomPhaseConfig()
                            .withCustomPhaseCommandClassList(List.of(ExactAssignmentPhase.class))));
    private static final String[] FIELDS = {"2511", "2512", "2421", "3112"};
    private static final String[] LANGUAGES = {"da", "en", "de"};
    private static final String[] WORDS = {"java", "sql", "excel", "chess", "music"};
    private static final String[] REGIONS = {"DK-84", "DK-82"};

    @Test
    void shouldReachTheBestScoreOfExhaustiveEnumeration() {
        Random random = new Random(17);
        for (int instance = 0; instance < 60; instance++) {
            MatchPlan problem = randomPlan(random, policy(instance));

            MatchPlan solved = EXACT_ONLY.buildSolver().solve(problem);

            assertThat(solved.getScore()).as("instance %d: %s", instance, solved.getAssignments())
                    .isEqualTo(bestByEnumeration(randomPlanAgain(problem)));
        }
    }

    @Test
    void shouldReachTheBestScoreOfExhaustiveEnumerationWithAffinities() {
        Random random = new Random(29);
        for (int instance = 0; instance < 60; instance++) {
            MatchPlan problem = randomPlan(random, policy(instance), true);

            MatchPlan solved = EXACT_ONLY.buildSolver().solve(problem);

            assertThat(solved.getScore()).as("instance %d: %s", instance, solved.getAssignments())
                    .isEqualTo(bestByEnumeration(randomPlanAgain(problem)));
        }
    }

    @Test
    void shouldKeepPinnedPairsAndUseNoForbiddenPairOrMoreThanTheCapacity() {
        Random random = new Random(23);
        for (int instance = 0; instance < 60; instance++) {
            MatchPlan problem = randomPlan(random, policy(instance));
            Map<MenteeAssignment, MentorFact> pinned = problem.getAssignments().stream()
                    .filter(MenteeAssignment::isPinned)
                    .collect(Collectors.toMap(a -> a, a -> a.getMentor()));

            MatchPlan solved = EXACT_ONLY.buildSolver().solve(problem);

            PairTable table = solved.getPairTable();
            for (MenteeAssignment assignment : solved.getAssignments()) {
                if (assignment.isPinned()) {
                    assertThat(assignment.getMentor()).isEqualTo(pinned.entrySet().stream()
                            .filter(e -> e.getKey().getId().equals(assignment.getId())).findFirst()
                            .orElseThrow().getValue());
                } else if (assignment.getMentor() != null) {
                    assertThat(table.isAllowed(assignment.getMentee(), assignment.getMentor()))
                            .as("forbidden pair %s", assignment).isTrue();
                }
            }
            assertThat(solved.getScore().hardScore()).isZero();
        }
    }

    @Test
    void shouldPinAWorsePairAndLeaveItsMentorOneSlotLess() {
        // Two identical mentees and mentors with capacity 1; the second mentor is a poor fit (another field).
        List<MenteeFact> mentees = List.of(mentee(0).build(), mentee(1).build());
        List<MentorFact> mentors = List.of(mentor(0).capacity(1).build(),
                mentor(1).capacity(1).field("2421").build());
        PairTable table = PairTable.build(mentees, mentors, MatchingPolicy.defaults(), List.of());
        MenteeAssignment pinnedToGood = new MenteeAssignment(mentees.get(0), mentors.get(0), true);
        MatchPlan problem = new MatchPlan(table, mentors,
                List.of(pinnedToGood, MenteeAssignment.unassigned(mentees.get(1))));

        MatchPlan solved = EXACT_ONLY.buildSolver().solve(problem);

        assertThat(solved.getAssignments().get(0).getMentor()).isEqualTo(mentors.get(0));
        assertThat(solved.getAssignments().get(1).getMentor()).isEqualTo(mentors.get(1));
    }

    @Test
    void shouldProveTheCheapestArcsOptimalForAllPairs() {
        MatchPlan plan = GeneratedPlans.plan(300, 210, 3, 3);

        LinearMatchModel model = new LinearMatchModel(plan);
        LinearMatchModel.Result all = model.solve(new ShortestAugmentingPath(), 0, 1, plan);
        LinearMatchModel.Result cut = model.solve(new ShortestAugmentingPath(), 3, 20, plan);

        assertThat(cut.provenOptimal()).isTrue();
        assertThat(cut.pricingRounds()).isGreaterThan(1);
        assertThat(cut.solution().cost()).isEqualTo(all.solution().cost());
    }

    /** Policies that switch on every kind of pair rule in turn. */
    private static MatchingPolicy policy(int instance) {
        MatchingPolicy defaults = MatchingPolicy.defaults();
        return switch (instance % 6) {
            case 0 -> defaults;
            case 1 -> defaults.with(Criterion.SHARED_SKILLS, Level.MUST).with(Criterion.BALANCED_LOAD, Level.HIGH);
            case 2 -> new MatchingPolicy(defaults.levels(), Priority.QUALITY, 55, 2, EmployerRule.DIFFERENT);
            case 3 -> defaults.with(EmployerRule.SAME);
            case 4 -> defaults.with(EmployerRule.ANY);
            default -> defaults.with(Criterion.FAIRNESS, Level.OFF).with(Criterion.LOCATION, Level.MUST);
        };
    }

    private static MatchPlan randomPlan(Random random, MatchingPolicy policy) {
        return randomPlan(random, policy, false);
    }

    /**
     * Up to 7 mentees × 4 mentors, capacities 1-3, random profiles, exclusions and pinned pairs; with affinities,
     * about half the pairs rated −100..100.
     */
    private static MatchPlan randomPlan(Random random, MatchingPolicy policy, boolean withAffinities) {
        int menteeCount = 2 + random.nextInt(6);
        int mentorCount = 1 + random.nextInt(4);
        List<MenteeFact> mentees = IntStream.range(0, menteeCount).mapToObj(i -> mentee(i)
                .field(pick(FIELDS, random)).languages(pick(LANGUAGES, random)).skills(pick(WORDS, random))
                .interests(pick(WORDS, random)).region(pick(REGIONS, random)).education(random.nextInt(8))
                .employer(random.nextInt(3) == 0 ? "LEGO" : null)
                .meetingMode(pick(MeetingMode.values(), random)).build()).toList();
        List<MentorFact> mentors = IntStream.range(0, mentorCount).mapToObj(i -> mentor(i)
                .field(pick(FIELDS, random)).languages(pick(LANGUAGES, random), "en").skills(pick(WORDS, random))
                .interests(pick(WORDS, random)).region(pick(REGIONS, random)).remoteOk(random.nextBoolean())
                .employer(random.nextInt(3) == 0 ? "LEGO" : null).capacity(1 + random.nextInt(3)).build())
                .toList();
        List<ExcludedPair> exclusions = new ArrayList<>();
        for (MenteeFact mentee : mentees) {
            for (MentorFact mentor : mentors) {
                if (random.nextInt(8) == 0) {
                    exclusions.add(new ExcludedPair(mentee.id(), mentor.id()));
                }
            }
        }
        List<PairAffinity> affinities = new ArrayList<>();
        if (withAffinities) {
            for (MenteeFact mentee : mentees) {
                for (MentorFact mentor : mentors) {
                    if (random.nextBoolean()) {
                        affinities.add(new PairAffinity(mentee.id(), mentor.id(), random.nextInt(201) - 100));
                    }
                }
            }
        }
        PairTable table = PairTable.build(mentees, mentors, policy, exclusions, affinities);
        int[] load = new int[mentorCount];
        List<MenteeAssignment> assignments = new ArrayList<>();
        for (MenteeFact mentee : mentees) {
            MentorFact candidate = mentors.get(random.nextInt(mentorCount));
            boolean pin = random.nextInt(5) == 0 && table.isAllowed(mentee, candidate)
                    && load[candidate.index()] < candidate.capacity();
            if (pin) {
                load[candidate.index()]++;
            }
            assignments.add(pin ? new MenteeAssignment(mentee, candidate, true) : MenteeAssignment.unassigned(mentee));
        }
        return new MatchPlan(table, mentors, assignments);
    }

    /** A fresh copy (the solver works on a clone, but the test should not rely on it). */
    private static MatchPlan randomPlanAgain(MatchPlan plan) {
        List<MenteeAssignment> copies = plan.getAssignments().stream()
                .map(a -> new MenteeAssignment(a.getMentee(), a.isPinned() ? a.getMentor() : null, a.isPinned()))
                .toList();
        return new MatchPlan(plan.getPairTable(), plan.getMentors(), copies);
    }

    /** The best score over every way to give each unpinned mentee a mentor or none, scored incrementally. */
    private static HardMediumSoftLongScore bestByEnumeration(MatchPlan plan) {
        DefaultSolverFactory<MatchPlan> factory = (DefaultSolverFactory<MatchPlan>) EXACT_ONLY;
        try (InnerScoreDirector<MatchPlan, HardMediumSoftLongScore> director =
                factory.<HardMediumSoftLongScore>getScoreDirectorFactory().buildScoreDirector(false, false)) {
            director.setWorkingSolution(plan);
            List<MenteeAssignment> free = plan.getAssignments().stream().filter(a -> !a.isPinned()).toList();
            return enumerate(director, free, 0, plan.getMentors());
        }
    }

    private static HardMediumSoftLongScore enumerate(InnerScoreDirector<MatchPlan, HardMediumSoftLongScore> director,
            List<MenteeAssignment> free, int position, List<MentorFact> mentors) {
        if (position == free.size()) {
            return director.calculateScore();
        }
        HardMediumSoftLongScore best = null;
        MenteeAssignment assignment = free.get(position);
        List<MentorFact> values = new ArrayList<>(mentors);
        values.add(null);
        for (MentorFact mentor : values) {
            director.beforeVariableChanged(assignment, "mentor");
            assignment.setMentor(mentor);
            director.afterVariableChanged(assignment, "mentor");
            HardMediumSoftLongScore score = enumerate(director, free, position + 1, mentors);
            best = best == null || score.compareTo(best) > 0 ? score : best;
        }
        return best;
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
