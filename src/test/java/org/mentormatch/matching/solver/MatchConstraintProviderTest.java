package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentormatch.matching.MatchFixtures.inRun;
import static org.mentormatch.matching.MatchFixtures.mentee;
import static org.mentormatch.matching.MatchFixtures.menteeId;
import static org.mentormatch.matching.MatchFixtures.mentor;
import static org.mentormatch.matching.MatchFixtures.mentorId;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.MatchFixtures;
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
import org.mentormatch.matching.solver.justification.CriterionJustification;
import org.mentormatch.matching.solver.justification.MentorLoadJustification;
import org.mentormatch.matching.solver.justification.PairRuleJustification;
import org.mentormatch.matching.solver.justification.QualityJustification;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.termination.TerminationConfig;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * One test per constraint. Facts default to the strong pair of {@link MatchFixtures} (quality 87): mentee 0 with
 * mentor 0; a second mentee or mentor, when needed, is a copy at index 1.
 */
class MatchConstraintProviderTest {

    private static final MatchingPolicy DEFAULTS = MatchingPolicy.defaults();
    private static final MenteeFact MENTEE = mentee(0).build();
    private static final MentorFact MENTOR = mentor(0).build();
    /** Field 2166 (one shared digit), not preferred, less educated, no shared interest or skill, no market. */
    private static final MentorFact WEAK_MENTOR = mentor(1).field("2166").education(5).interests().skills()
            .markets("DE").build();

    private final ConstraintVerifier<MatchConstraintProvider, MatchPlan> verifier =
            ConstraintVerifier.build(new MatchConstraintProvider(), MatchPlan.class, MenteeAssignment.class)
                    // The same stream implementation as production (application.properties).
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static PairTable table(MatchingPolicy policy, ExcludedPair... exclusions) {
        return MatchFixtures.table(policy, List.of(MENTEE, mentee(1).build(), mentee(2).build()),
                List.of(MENTOR, WEAK_MENTOR), exclusions);
    }

    private static PairTable rated(PairAffinity... affinities) {
        return PairTable.build(List.of(MENTEE, mentee(1).build(), mentee(2).build()), List.of(MENTOR, WEAK_MENTOR),
                DEFAULTS, List.of(), List.of(affinities));
    }

    private static PairTable table(MenteeFact mentee, MentorFact mentor) {
        return MatchFixtures.table(DEFAULTS, mentee, mentor);
    }

    private static MenteeAssignment pair(MenteeFact mentee, MentorFact mentor) {
        return new MenteeAssignment(mentee, mentor, false);
    }

    @Test
    void mentorCapacity() {
        MentorFact single = mentor(0).capacity(1).build();
        List<MenteeFact> mentees = List.of(MENTEE, mentee(1).build(), mentee(2).build());
        verifier.verifyThat(MatchConstraintProvider::mentorCapacity)
                .given(inRun(table(DEFAULTS), pair(mentees.get(0), single), pair(mentees.get(1), single),
                        pair(mentees.get(2), single)))
                .penalizesBy(2);
        verifier.verifyThat(MatchConstraintProvider::mentorCapacity)
                .given(inRun(table(DEFAULTS), pair(mentees.get(0), MENTOR), pair(mentees.get(1), MENTOR)))
                .penalizesBy(0);
    }

    @Test
    void excludedPair() {
        PairTable table = table(DEFAULTS, new ExcludedPair(menteeId(0), mentorId(0)));
        verifier.verifyThat(MatchConstraintProvider::excludedPair)
                .given(inRun(table, pair(MENTEE, MENTOR))).penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::excludedPair)
                .given(inRun(table, pair(MENTEE, WEAK_MENTOR))).penalizesBy(0);
    }

    @Test
    void sameEmployer() {
        MenteeFact atNovo = mentee(0).employer("Novo Nordisk").build();
        MentorFact alsoAtNovo = mentor(0).employer("NOVO NORDISK").build();
        MentorFact atMaersk = mentor(0).employer("Maersk").build();
        verifier.verifyThat(MatchConstraintProvider::sameEmployer)
                .given(inRun(table(atNovo, alsoAtNovo), pair(atNovo, alsoAtNovo))).penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::sameEmployer)
                .given(inRun(table(atNovo, atMaersk), pair(atNovo, atMaersk))).penalizesBy(0);
        for (EmployerRule rule : List.of(EmployerRule.ANY, EmployerRule.SAME)) {
            verifier.verifyThat(MatchConstraintProvider::sameEmployer)
                    .given(inRun(MatchFixtures.table(DEFAULTS.with(rule), atNovo, alsoAtNovo), pair(atNovo, alsoAtNovo)))
                    .penalizesBy(0);
        }
    }

    @Test
    void differentEmployer() {
        MatchingPolicy workplace = DEFAULTS.with(EmployerRule.SAME);
        MenteeFact atNovo = mentee(0).employer("Novo Nordisk").build();
        MentorFact alsoAtNovo = mentor(0).employer(" novo nordisk").build();
        MentorFact atMaersk = mentor(0).employer("Maersk").build();
        MentorFact employerUnknown = mentor(0).employer(null).build();
        MenteeFact menteeEmployerUnknown = mentee(0).employer(null).build();
        verifier.verifyThat(MatchConstraintProvider::differentEmployer)
                .given(inRun(MatchFixtures.table(workplace, atNovo, atMaersk), pair(atNovo, atMaersk))).penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::differentEmployer)
                .given(inRun(MatchFixtures.table(workplace, atNovo, employerUnknown), pair(atNovo, employerUnknown)))
                .penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::differentEmployer)
                .given(inRun(MatchFixtures.table(workplace, menteeEmployerUnknown, employerUnknown),
                        pair(menteeEmployerUnknown, employerUnknown)))
                .penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::differentEmployer)
                .given(inRun(MatchFixtures.table(workplace, atNovo, alsoAtNovo), pair(atNovo, alsoAtNovo))).penalizesBy(0);
        for (EmployerRule rule : List.of(EmployerRule.ANY, EmployerRule.DIFFERENT)) {
            verifier.verifyThat(MatchConstraintProvider::differentEmployer)
                    .given(inRun(MatchFixtures.table(DEFAULTS.with(rule), atNovo, atMaersk), pair(atNovo, atMaersk)))
                    .penalizesBy(0);
        }
    }

    @Test
    void noCommonLanguage() {
        MenteeFact arabicOnly = mentee(0).languages("ar").build();
        verifier.verifyThat(MatchConstraintProvider::noCommonLanguage)
                .given(inRun(table(arabicOnly, MENTOR), pair(arabicOnly, MENTOR))).penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::noCommonLanguage)
                .given(inRun(table(MENTEE, MENTOR), pair(MENTEE, MENTOR))).penalizesBy(0);
    }

    @Test
    void fieldsTooFarApart() {
        MentorFact technician = mentor(0).field("3111").build();
        verifier.verifyThat(MatchConstraintProvider::fieldsTooFarApart)
                .given(inRun(table(MENTEE, technician), pair(MENTEE, technician))).penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::fieldsTooFarApart)
                .given(inRun(table(DEFAULTS), pair(MENTEE, WEAK_MENTOR))).penalizesBy(0);
    }

    @Test
    void requiredCriterionNotMet() {
        PairTable table = table(DEFAULTS.with(Criterion.MARKETS, Level.MUST));
        verifier.verifyThat(MatchConstraintProvider::requiredCriterionNotMet)
                .given(inRun(table, pair(MENTEE, WEAK_MENTOR))).penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::requiredCriterionNotMet)
                .given(inRun(table, pair(MENTEE, MENTOR))).penalizesBy(0);
    }

    @Test
    void belowMinimumQuality() {
        PairTable quality = table(new MatchingPolicy(DEFAULTS.levels(), Priority.QUALITY, 40, 1, EmployerRule.DIFFERENT));
        PairTable participation = table(new MatchingPolicy(DEFAULTS.levels(), Priority.PARTICIPATION, 40, 1, EmployerRule.DIFFERENT));
        verifier.verifyThat(MatchConstraintProvider::belowMinimumQuality)
                .given(inRun(quality, pair(MENTEE, WEAK_MENTOR), pair(mentee(1).build(), MENTOR))).penalizesBy(1);
        verifier.verifyThat(MatchConstraintProvider::belowMinimumQuality)
                .given(inRun(participation, pair(MENTEE, WEAK_MENTOR))).penalizesBy(0);
    }

    @Test
    void menteeLeftUnmatched() {
        verifier.verifyThat(MatchConstraintProvider::menteeLeftUnmatched)
                .given(MenteeAssignment.unassigned(MENTEE), new MenteeAssignment(mentee(1).build(), null, true))
                .penalizesBy(2);
        verifier.verifyThat(MatchConstraintProvider::menteeLeftUnmatched)
                .given(pair(MENTEE, MENTOR)).penalizesBy(0);
    }

    @Test
    void fieldCloseness() {
        // Same unit group: 100 × HIGH (3); one shared digit: 25 × 3.
        verifier.verifyThat(MatchConstraintProvider::fieldCloseness)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR), pair(mentee(1).build(), WEAK_MENTOR))).rewardsWith(375);
        verifier.verifyThat(MatchConstraintProvider::fieldCloseness)
                .given(inRun(table(DEFAULTS.with(Criterion.FIELD_CLOSENESS, Level.OFF)), pair(MENTEE, MENTOR)))
                .rewardsWith(0);
    }

    @Test
    void preferredField() {
        verifier.verifyThat(MatchConstraintProvider::preferredField)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR))).rewardsWith(300);
        verifier.verifyThat(MatchConstraintProvider::preferredField)
                .given(inRun(table(DEFAULTS), pair(MENTEE, WEAK_MENTOR))).rewardsWith(0);
    }

    @Test
    void qualificationFit() {
        // Weak mentor: less education (0 of 2) but more experience (2 of 2) = 50 × MEDIUM (2).
        verifier.verifyThat(MatchConstraintProvider::qualificationFit)
                .given(inRun(table(DEFAULTS), pair(MENTEE, WEAK_MENTOR))).rewardsWith(100);
        MenteeFact senior = mentee(0).education(8).years(30).build();
        verifier.verifyThat(MatchConstraintProvider::qualificationFit)
                .given(inRun(table(senior, MENTOR), pair(senior, MENTOR))).rewardsWith(0);
    }

    @Test
    void sharedInterests() {
        // One shared interest (hiking): 25 × LOW (1).
        verifier.verifyThat(MatchConstraintProvider::sharedInterests)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR))).rewardsWith(25);
        verifier.verifyThat(MatchConstraintProvider::sharedInterests)
                .given(inRun(table(DEFAULTS), pair(MENTEE, WEAK_MENTOR))).rewardsWith(0);
    }

    @Test
    void sharedSkills() {
        // One shared skill (java): 25 × MEDIUM (2).
        verifier.verifyThat(MatchConstraintProvider::sharedSkills)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR))).rewardsWith(50);
        verifier.verifyThat(MatchConstraintProvider::sharedSkills)
                .given(inRun(table(DEFAULTS), pair(MENTEE, WEAK_MENTOR))).rewardsWith(0);
    }

    @Test
    void marketKnowledge() {
        verifier.verifyThat(MatchConstraintProvider::marketKnowledge)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR))).rewardsWith(200);
        verifier.verifyThat(MatchConstraintProvider::marketKnowledge)
                .given(inRun(table(DEFAULTS), pair(MENTEE, WEAK_MENTOR))).rewardsWith(0);
    }

    @Test
    void locationAndMeetingMode() {
        MenteeFact inPersonElsewhere = mentee(0).meetingMode(MeetingMode.IN_PERSON)
                .region("DK-81").build();
        verifier.verifyThat(MatchConstraintProvider::locationAndMeetingMode)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR))).rewardsWith(200);
        verifier.verifyThat(MatchConstraintProvider::locationAndMeetingMode)
                .given(inRun(table(inPersonElsewhere, MENTOR), pair(inPersonElsewhere, MENTOR))).rewardsWith(0);
    }

    @Test
    void preferredLanguage() {
        MenteeFact prefersHindi = mentee(0).preferredLanguages("hi").build();
        verifier.verifyThat(MatchConstraintProvider::preferredLanguage)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR))).rewardsWith(200);
        verifier.verifyThat(MatchConstraintProvider::preferredLanguage)
                .given(inRun(table(prefersHindi, MENTOR), pair(prefersHindi, MENTOR))).rewardsWith(0);
    }

    @Test
    void statedPreference() {
        // Ranked 2nd (grade 3, 75) × HIGH (3) = 225; 1st (100) × 3 = 300; declined: nothing.
        MatchingPolicy high = DEFAULTS.with(Criterion.STATED_PREFERENCES, Level.HIGH);
        MenteeFact ranks = mentee(0).ranked(mentorId(1), mentorId(0)).build();
        PairTable table = MatchFixtures.table(high, List.of(ranks), List.of(MENTOR, WEAK_MENTOR));
        verifier.verifyThat(MatchConstraintProvider::statedPreference)
                .given(inRun(table, pair(ranks, MENTOR))).rewardsWith(225);
        verifier.verifyThat(MatchConstraintProvider::statedPreference)
                .given(inRun(table, pair(ranks, WEAK_MENTOR))).rewardsWith(300);
        MentorFact declines = mentor(0).declines(menteeId(0)).build();
        verifier.verifyThat(MatchConstraintProvider::statedPreference)
                .given(inRun(MatchFixtures.table(high, ranks, declines), pair(ranks, declines))).rewardsWith(0);
        verifier.verifyThat(MatchConstraintProvider::statedPreference)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR))).rewardsWith(0);
    }

    @Test
    void fairnessForTheWorstOff() {
        // Weak pair quality: (3×25 + 3×0 + 2×50 + 1×0 + 2×0 + 2×0 + 2×100 + 2×100) / 17 = 575 / 17 ≈ 34;
        // penalty MEDIUM (2) × (70 - 34)² = 2592. The strong pair (87) is not short of a good match.
        verifier.verifyThat(MatchConstraintProvider::fairnessForTheWorstOff)
                .given(inRun(table(DEFAULTS), pair(MENTEE, WEAK_MENTOR), pair(mentee(1).build(), MENTOR)))
                .penalizesBy(2592);
        verifier.verifyThat(MatchConstraintProvider::fairnessForTheWorstOff)
                .given(inRun(table(DEFAULTS.with(Criterion.FAIRNESS, Level.OFF)), pair(MENTEE, WEAK_MENTOR)))
                .penalizesBy(0);
    }

    @Test
    void coordinatorAffinity() {
        // One affinity point is worth the sum of the pair criterion weights (17 with the defaults).
        PairTable table = rated(new PairAffinity(menteeId(0), mentorId(0), 40),
                new PairAffinity(menteeId(1), mentorId(1), -20));
        assertAffinityImpact(17 * 40, table, pair(MENTEE, MENTOR), pair(mentee(2).build(), WEAK_MENTOR));
        assertAffinityImpact(-17 * 20, table, pair(mentee(1).build(), WEAK_MENTOR));
        assertAffinityImpact(17 * 40 - 17 * 20, table, pair(MENTEE, MENTOR), pair(mentee(1).build(), WEAK_MENTOR));
        // Rated pairs not formed, and a formed pair not rated, count nothing.
        assertAffinityImpact(0, table, pair(MENTEE, WEAK_MENTOR), pair(mentee(1).build(), MENTOR));
    }

    /**
     * Asserts the exact signed soft impact of the mixed (reward and penalty) affinity constraint. OptaPlanner
     * 10.1's verifier swaps the two words for an {@code impact(...)} constraint (seen in this test: a +680 impact
     * fails {@code rewardsWith(680)}): {@code penalizesBy(n)} passes on an impact of +n and {@code rewardsWith(n)}
     * on −n, and both refuse a negative n. This hides the swap.
     */
    private void assertAffinityImpact(int signedImpact, PairTable table, MenteeAssignment... pairs) {
        var assertion = verifier.verifyThat(MatchConstraintProvider::coordinatorAffinity).given(inRun(table, pairs));
        if (signedImpact >= 0) {
            assertion.penalizesBy(signedImpact);
        } else {
            assertion.rewardsWith(-signedImpact);
        }
    }

    @Test
    void fairnessForTheWorstOffSeesAffinity() {
        // The strong pair (87) rated −40 has quality 47: MEDIUM (2) × (70 − 47)² = 1058. Rated +60 the weak pair
        // (34) reaches 94 and is no longer short of a good match.
        PairTable table = rated(new PairAffinity(menteeId(0), mentorId(0), -40),
                new PairAffinity(menteeId(1), mentorId(1), 60));
        verifier.verifyThat(MatchConstraintProvider::fairnessForTheWorstOff)
                .given(inRun(table, pair(MENTEE, MENTOR))).penalizesBy(1058);
        verifier.verifyThat(MatchConstraintProvider::fairnessForTheWorstOff)
                .given(inRun(table, pair(mentee(1).build(), WEAK_MENTOR))).penalizesBy(0);
    }

    @Test
    void balancedMentorLoad() {
        MentorFact roomy = mentor(0).capacity(5).build();
        verifier.verifyThat(MatchConstraintProvider::balancedMentorLoad)
                .given(inRun(table(DEFAULTS), pair(MENTEE, roomy), pair(mentee(1).build(), roomy),
                        pair(mentee(2).build(), roomy)))
                .penalizesBy(9);
        verifier.verifyThat(MatchConstraintProvider::balancedMentorLoad)
                .given(inRun(table(DEFAULTS), pair(MENTEE, MENTOR), pair(mentee(1).build(), WEAK_MENTOR)))
                .penalizesBy(0);
    }

    @Test
    void shouldScoreAWholePlan() {
        // Mentor 0 (capacity 1 here) has two strong pairs: 1 hard, 2 × 1475 rewards, load 2² = 4. Mentee 2 waits.
        MentorFact single = mentor(0).capacity(1).build();
        List<MenteeFact> mentees = List.of(MENTEE, mentee(1).build(), mentee(2).build());
        PairTable table = MatchFixtures.table(DEFAULTS, mentees, List.of(single, WEAK_MENTOR));
        MatchPlan plan = new MatchPlan(table, List.of(single, WEAK_MENTOR), List.of(pair(mentees.get(0), single),
                pair(mentees.get(1), single), MenteeAssignment.unassigned(mentees.get(2))));

        verifier.verifyThat().givenSolution(plan).scores(HardMediumSoftLongScore.of(-1, -1, 2 * 1475 - 4));
    }

    @Test
    void shouldScoreAWholePlanWithAnAffinity() {
        // The strong pair rated −40: rewards 1475, affinity −17 × 40 = −680, quality 47 so fairness −2 × 23² = −1058.
        PairTable table = PairTable.build(List.of(MENTEE), List.of(MENTOR), DEFAULTS, List.of(),
                List.of(new PairAffinity(menteeId(0), mentorId(0), -40)));
        MatchPlan plan = new MatchPlan(table, List.of(MENTOR), List.of(pair(MENTEE, MENTOR)));

        verifier.verifyThat().givenSolution(plan).scores(HardMediumSoftLongScore.of(0, 0, 1475 - 680 - 1058));
    }

    @Test
    void shouldJustifyEveryMatchWithIdsApartFromADescriptionWithoutThem() throws Exception {
        // Every mentee of a generated cohort paired round-robin: most rules and criteria match somewhere.
        MatchPlan generated = GeneratedPlans.plan(60, 20, 3, 5, MatchingPolicy.defaults(), 0.05, 0);
        List<MenteeAssignment> paired = generated.getAssignments().stream().map(assignment -> new MenteeAssignment(
                assignment.getMentee(), generated.getMentors().get(assignment.getMenteeIndex() % 20), false)).toList();
        MatchPlan plan = new MatchPlan(generated.getPairTable(), generated.getMentors(), paired);
        SolutionManager<MatchPlan, HardMediumSoftLongScore> manager = SolutionManager.create(
                SolverFactory.create(GeneratedPlans.solverConfig(new TerminationConfig().withStepCountLimit(1))));

        List<Object> justifications = manager.explain(plan).getConstraintMatchTotalMap().values().stream()
                .flatMap(total -> total.getConstraintMatchSet().stream())
                .map(match -> (Object) match.getJustification()).toList();

        assertThat(justifications).extracting(Object::getClass).contains(PairRuleJustification.class,
                CriterionJustification.class, QualityJustification.class, MentorLoadJustification.class);
        for (Object justification : justifications) {
            String description = (String) justification.getClass().getMethod("description").invoke(justification);
            assertThat(description).isNotBlank().doesNotContainPattern("[0-9a-f]{8}-[0-9a-f]{4}-");
        }
    }
}
