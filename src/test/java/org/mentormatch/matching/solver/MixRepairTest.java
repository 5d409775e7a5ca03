package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentormatch.matching.MatchFixtures.mentee;
import static org.mentormatch.matching.MatchFixtures.mentor;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.MatchFixtures;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/** The exact phase's repair of MUST mix quotas, and what the phase then claims. */
class MixRepairTest {

    private static final SolverFactory<MatchPlan> EXACT_ONLY = SolverFactory.create(
            GeneratedPlans.solverConfig(new TerminationConfig()).withTerminationConfig(null)
                    .withPhases(new CustomPhaseConfig()
                            .withCustomPhaseCommandClassList(List.of(ExactAssignmentPhase.class))));
    private static final MixQuota HALF_FROM_ONE_COUNTRY =
            new MixQuota(MixQuota.HOME_COUNTRY, new BigDecimal("0.5"), Level.MUST);

    /** Four mentees from India, the last two weaker pairs (nothing shared); mentor 0 seats 4, mentor 1 seats 3. */
    private static MatchPlan plan(MatchingPolicy policy) {
        List<MenteeFact> mentees = List.of(mentee(0).build(), mentee(1).build(),
                mentee(2).interests().skills().build(), mentee(3).interests().skills().build());
        List<MentorFact> mentors = List.of(mentor(0).capacity(4).build(), mentor(1).capacity(3).build());
        return new MatchPlan(MatchFixtures.table(policy, mentees, mentors), mentors,
                mentees.stream().map(MenteeAssignment::unassigned).toList());
    }

    @Test
    void shouldUnassignTheWeakestPairsOverAMustQuotaAndPlaceThemWhereTheQuotaAllows() {
        MatchPlan plan = plan(MatchingPolicy.defaults().withMix(List.of(HALF_FROM_ONE_COUNTRY)));
        int[] mentorOf = {0, 0, 0, 0};

        MixRepair.Outcome outcome = MixRepair.repair(plan, new LinearMatchModel(plan), mentorOf);

        // Mentor 0 keeps floor(0.5 × 4) = 2, the strongest; mentor 1 takes floor(0.5 × 3) = 1 more.
        assertThat(outcome).isEqualTo(new MixRepair.Outcome(false, 2, 1));
        assertThat(mentorOf).containsExactly(0, 0, 1, -1);
    }

    @Test
    void shouldLeaveAnAssignmentThatKeepsTheQuotasAlone() {
        MatchPlan plan = plan(MatchingPolicy.defaults().withMix(List.of(HALF_FROM_ONE_COUNTRY)));
        int[] mentorOf = {0, 1, 0, -1};

        assertThat(MixRepair.repair(plan, new LinearMatchModel(plan), mentorOf))
                .isEqualTo(new MixRepair.Outcome(true, 0, 0));
        assertThat(mentorOf).containsExactly(0, 1, 0, -1);
    }

    @Test
    void shouldNotRepairButStillNotClaimOptimalityForASoftQuota() {
        MixQuota soft = new MixQuota(MixQuota.HOME_COUNTRY, new BigDecimal("0.5"), Level.HIGH);
        MatchPlan plan = plan(MatchingPolicy.defaults().withMix(List.of(soft)));
        int[] mentorOf = {0, 0, 0, 0};

        assertThat(MixRepair.repair(plan, new LinearMatchModel(plan), mentorOf))
                .isEqualTo(new MixRepair.Outcome(false, 0, 0));
        assertThat(mentorOf).containsExactly(0, 0, 0, 0);
    }

    @Test
    void shouldClaimOptimalityOnlyWhenTheExactOptimumAlreadyKeepsEveryQuota() {
        MatchPlan unlimited = EXACT_ONLY.buildSolver().solve(plan(MatchingPolicy.defaults()));
        // Balanced load alone spreads the four mentees 2 + 2, which two thirds of 4 and of 3 seats allow.
        MatchPlan kept = EXACT_ONLY.buildSolver().solve(plan(MatchingPolicy.defaults().withMix(List.of(
                new MixQuota(MixQuota.HOME_COUNTRY, new BigDecimal("0.67"), Level.MUST)))));
        MatchPlan repaired = EXACT_ONLY.buildSolver().solve(plan(MatchingPolicy.defaults().withMix(List.of(
                new MixQuota(MixQuota.HOME_COUNTRY, BigDecimal.ZERO, Level.MUST)))));

        assertThat(unlimited.isProvenOptimal()).isTrue();
        assertThat(kept.isProvenOptimal()).isTrue();
        assertThat(kept.getScore()).isEqualTo(unlimited.getScore());
        assertThat(repaired.isProvenOptimal()).isFalse();
        // One Indian mentee per group: two matched, two not, no rule broken.
        assertThat(repaired.getScore().hardScore()).isZero();
        assertThat(repaired.getScore().mediumScore()).isEqualTo(-2);
    }

    @Test
    void shouldKeepEveryMustQuotaOnGeneratedCohorts() {
        for (long seed = 0; seed < 20; seed++) {
            MatchingPolicy policy = MatchingPolicy.defaults().withMix(List.of(
                    new MixQuota(MixQuota.HOME_COUNTRY, new BigDecimal("0.34"), Level.MUST),
                    new MixQuota(MixQuota.FIELD, new BigDecimal("0.5"), Level.MUST)));

            MatchPlan solved = EXACT_ONLY.buildSolver().solve(GeneratedPlans.plan(60, 12, 6, seed, policy, 0.05, 0));

            assertThat(solved.getScore().hardScore()).as("seed %d", seed).isZero();
        }
    }
}
