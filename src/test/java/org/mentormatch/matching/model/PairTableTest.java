package org.mentormatch.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mentormatch.matching.MatchFixtures.mentee;
import static org.mentormatch.matching.MatchFixtures.menteeId;
import static org.mentormatch.matching.MatchFixtures.mentor;
import static org.mentormatch.matching.MatchFixtures.mentorId;
import static org.mentormatch.matching.MatchFixtures.table;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.MatchFixtures.MenteeBuilder;
import org.mentormatch.matching.MatchFixtures.MentorBuilder;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.Priority;

class PairTableTest {

    private static final MatchingPolicy DEFAULTS = MatchingPolicy.defaults();

    private static int score(Criterion criterion, MenteeBuilder mentee, MentorBuilder mentor) {
        MenteeFact menteeFact = mentee.build();
        MentorFact mentorFact = mentor.build();
        return table(DEFAULTS, menteeFact, mentorFact).score(criterion, menteeFact, mentorFact);
    }

    private static boolean breaks(HardRule rule, MatchingPolicy policy, MenteeBuilder mentee, MentorBuilder mentor) {
        MenteeFact menteeFact = mentee.build();
        MentorFact mentorFact = mentor.build();
        return table(policy, menteeFact, mentorFact).breaks(rule, menteeFact, mentorFact);
    }

    @Test
    void shouldScoreFieldClosenessByLeadingDigits() {
        assertThat(score(Criterion.FIELD_CLOSENESS, mentee(0).field("2511"), mentor(0).field(" 2511 "))).isEqualTo(100);
        assertThat(score(Criterion.FIELD_CLOSENESS, mentee(0).field("2511"), mentor(0).field("2512"))).isEqualTo(75);
        assertThat(score(Criterion.FIELD_CLOSENESS, mentee(0).field("2511"), mentor(0).field("2631"))).isEqualTo(25);
        assertThat(score(Criterion.FIELD_CLOSENESS, mentee(0).field("2511"), mentor(0).field("3111"))).isZero();
    }

    @Test
    void shouldScorePreferredFieldsByPrefixAndNeutralWhenNoneStated() {
        assertThat(score(Criterion.PREFERRED_FIELDS, mentee(0).preferredFields("3", "25"), mentor(0))).isEqualTo(100);
        assertThat(score(Criterion.PREFERRED_FIELDS, mentee(0).preferredFields("3"), mentor(0))).isZero();
        assertThat(score(Criterion.PREFERRED_FIELDS, mentee(0).preferredFields(), mentor(0))).isEqualTo(50);
    }

    @Test
    void shouldGradeQualificationFitAndTreatUnknownAsNeutral() {
        assertThat(score(Criterion.QUALIFICATION_FIT, mentee(0), mentor(0))).isEqualTo(100);
        assertThat(score(Criterion.QUALIFICATION_FIT, mentee(0).education(8), mentor(0))).isEqualTo(50);
        assertThat(score(Criterion.QUALIFICATION_FIT, mentee(0).education(8).years(20), mentor(0))).isZero();
        assertThat(score(Criterion.QUALIFICATION_FIT, mentee(0).education(null).years(null), mentor(0)))
                .isEqualTo(50);
        assertThat(score(Criterion.QUALIFICATION_FIT, mentee(0).education(8), mentor(0).years(null))).isEqualTo(25);
    }

    @Test
    void shouldCountSharedInterestsAndSkillsCaseInsensitivelyUpToFour() {
        assertThat(score(Criterion.SHARED_INTERESTS, mentee(0).interests(" Hiking", "CHESS"), mentor(0)))
                .isEqualTo(50);
        assertThat(score(Criterion.SHARED_INTERESTS, mentee(0).interests(), mentor(0))).isZero();
        assertThat(score(Criterion.SHARED_SKILLS, mentee(0).skills("a", "b", "c", "d", "e", "a"),
                mentor(0).skills("A", "B", "C", "D", "E"))).isEqualTo(100);
        assertThat(score(Criterion.SHARED_SKILLS, mentee(0).skills("go"), mentor(0))).isZero();
    }

    @Test
    void shouldScoreMarketKnowledgeAndTreatUnknownHomeCountryAsNeutral() {
        assertThat(score(Criterion.MARKETS, mentee(0).homeCountry("in"), mentor(0).markets("DE", "IN")))
                .isEqualTo(100);
        assertThat(score(Criterion.MARKETS, mentee(0).homeCountry("PH"), mentor(0))).isZero();
        assertThat(score(Criterion.MARKETS, mentee(0).homeCountry(null), mentor(0))).isEqualTo(50);
    }

    @Test
    void shouldScoreLocationByRegionAndMeetingMode() {
        MentorBuilder inPersonOnly = mentor(0).remoteOk(false).region("DK-84");
        assertThat(score(Criterion.LOCATION, mentee(0).meetingMode(MeetingMode.IN_PERSON).region("dk-84"),
                inPersonOnly)).isEqualTo(100);
        assertThat(score(Criterion.LOCATION, mentee(0).meetingMode(MeetingMode.IN_PERSON).region("DK-82"),
                mentor(0).region("DK-84"))).isZero();
        assertThat(score(Criterion.LOCATION, mentee(0).meetingMode(MeetingMode.ONLINE).region("DK-82"), mentor(0)))
                .isEqualTo(100);
        assertThat(score(Criterion.LOCATION, mentee(0).meetingMode(MeetingMode.EITHER).region("DK-82"), inPersonOnly))
                .isEqualTo(25);
        assertThat(score(Criterion.LOCATION, mentee(0).meetingMode(MeetingMode.ONLINE).region(null), inPersonOnly))
                .isEqualTo(50);
    }

    @Test
    void shouldGiveAMentorMeetingOnlineTheFullLocationGradeWhenThePolicyCountsOnlineAsLocal() {
        MatchingPolicy online = DEFAULTS.withOnlineCountingAsLocal(true);
        MenteeFact inPerson = mentee(0).meetingMode(MeetingMode.IN_PERSON).region("DK-82").build();
        MentorFact remote = mentor(0).remoteOk(true).region("DK-84").build();
        MentorFact inPersonOnly = mentor(0).remoteOk(false).region("DK-84").build();
        MenteeFact either = mentee(0).meetingMode(MeetingMode.EITHER).region("DK-82").build();

        assertThat(table(DEFAULTS, inPerson, remote).score(Criterion.LOCATION, inPerson, remote)).isZero();
        assertThat(table(online, inPerson, remote).score(Criterion.LOCATION, inPerson, remote)).isEqualTo(100);
        assertThat(table(online, inPerson, inPersonOnly).score(Criterion.LOCATION, inPerson, inPersonOnly)).isZero();
        assertThat(table(online, either, inPersonOnly).score(Criterion.LOCATION, either, inPersonOnly))
                .as("a mentor who only meets in person gains nothing from the setting").isEqualTo(25);
    }

    @Test
    void shouldScorePreferredLanguagesAndTreatNoPreferenceAsNeutral() {
        assertThat(score(Criterion.PREFERRED_LANGUAGES, mentee(0).preferredLanguages("EN"), mentor(0))).isEqualTo(100);
        assertThat(score(Criterion.PREFERRED_LANGUAGES, mentee(0).preferredLanguages("de"), mentor(0))).isZero();
        assertThat(score(Criterion.PREFERRED_LANGUAGES, mentee(0).preferredLanguages(), mentor(0))).isEqualTo(50);
    }

    @Test
    void shouldGradeStatedPreferencesByRankAndLetTheMentorsRefusalWin() {
        MenteeBuilder ranksFive = mentee(0).ranked(mentorId(0), mentorId(1), mentorId(2), mentorId(3), mentorId(4));
        int[] expected = {100, 75, 50, 25, 25};
        for (int rank = 0; rank < expected.length; rank++) {
            assertThat(statedScore(ranksFive, mentor(rank))).as("rank %d", rank + 1).isEqualTo(expected[rank]);
        }
        assertThat(statedScore(ranksFive, mentor(5))).as("not ranked").isZero();
        assertThat(statedScore(mentee(0), mentor(0))).as("nothing stated").isEqualTo(50);
        assertThat(statedScore(ranksFive, mentor(0).declines(menteeId(0)))).as("declined").isZero();
        assertThat(statedScore(mentee(0), mentor(0).declines(menteeId(0)))).as("declined, unranked").isZero();
        assertThat(statedScore(ranksFive, mentor(0).accepts(menteeId(1)))).as("not accepted").isZero();
        assertThat(statedScore(ranksFive, mentor(0).accepts(menteeId(0)))).as("accepted").isEqualTo(100);
        assertThat(statedScore(mentee(0), mentor(0).declines(menteeId(1)))).as("another declined").isEqualTo(50);
    }

    /** Both at their own index, so that ids and ranks are the builders'. */
    private static int statedScore(MenteeBuilder mentee, MentorBuilder mentor) {
        MenteeFact menteeFact = mentee.build();
        MentorFact mentorFact = mentor.build();
        List<MentorFact> mentors = new java.util.ArrayList<>();
        for (int i = 0; i < mentorFact.index(); i++) {
            mentors.add(mentor(i).build());
        }
        mentors.add(mentorFact);
        return table(DEFAULTS, List.of(menteeFact), mentors).score(Criterion.STATED_PREFERENCES, menteeFact, mentorFact);
    }

    @Test
    void shouldRequireOnlyRankedAcceptedPairsWhenStatedPreferencesAreMust() {
        MatchingPolicy must = DEFAULTS.with(Criterion.STATED_PREFERENCES, Level.MUST);
        MenteeFact ranksOne = mentee(0).ranked(mentorId(1)).build();
        MenteeFact unranked = mentee(0).build();
        MentorFact first = mentor(0).build();
        MentorFact ranked = mentor(1).build();
        PairTable table = table(must, List.of(ranksOne), List.of(first, ranked));
        assertThat(table.unmetRequirements(ranksOne, first)).containsExactly(Criterion.STATED_PREFERENCES);
        assertThat(table.isAllowed(ranksOne, ranked)).isTrue();
        assertThat(table(must, unranked, first).isAllowed(unranked, first)).as("nothing stated blocks nothing").isTrue();
        MentorFact declines = mentor(0).declines(menteeId(0)).build();
        assertThat(table(must, unranked, declines).isAllowed(unranked, declines)).isFalse();
        MentorFact acceptsAnother = mentor(0).accepts(menteeId(7)).build();
        assertThat(table(must, unranked, acceptsAnother).isAllowed(unranked, acceptsAnother)).isFalse();
    }

    @Test
    void shouldLeaveQualityAsItWasWhileStatedPreferencesAreOff() {
        MenteeFact ranksAnother = mentee(0).ranked(mentorId(9)).build();
        MentorFact mentorFact = mentor(0).declines(menteeId(0)).build();
        assertThat(DEFAULTS.level(Criterion.STATED_PREFERENCES)).isEqualTo(Level.OFF);
        assertThat(table(DEFAULTS, ranksAnother, mentorFact).quality(ranksAnother, mentorFact)).isEqualTo(87);
    }

    @Test
    void shouldComputeQualityAsWeightedAverage() {
        MenteeFact strongMentee = mentee(0).build();
        MentorFact mentorFact = mentor(0).build();
        assertThat(table(DEFAULTS, strongMentee, mentorFact).quality(strongMentee, mentorFact)).isEqualTo(87);

        MatchingPolicy fieldOnly = DEFAULTS;
        for (Criterion criterion : Criterion.values()) {
            fieldOnly = fieldOnly.with(criterion, criterion == Criterion.FIELD_CLOSENESS ? Level.LOW : Level.OFF);
        }
        MentorFact nearby = mentor(0).field("2512").build();
        assertThat(table(fieldOnly, strongMentee, nearby).quality(strongMentee, nearby)).isEqualTo(75);
    }

    @Test
    void shouldFlagSameEmployerCaseInsensitivelyButNotUnknownEmployers() {
        assertThat(breaks(HardRule.SAME_EMPLOYER, DEFAULTS, mentee(0).employer("Novo Nordisk "),
                mentor(0).employer("novo nordisk"))).isTrue();
        assertThat(breaks(HardRule.SAME_EMPLOYER, DEFAULTS, mentee(0).employer(null), mentor(0).employer(null)))
                .isFalse();
        assertThat(breaks(HardRule.SAME_EMPLOYER, DEFAULTS, mentee(0).employer("Maersk"), mentor(0).employer("LEGO")))
                .isFalse();
    }

    @Test
    void shouldFlagTheEmployerRuleThePolicyChose() {
        MenteeBuilder atNovo = mentee(0).employer("Novo Nordisk");
        MentorBuilder colleague = mentor(0).employer("NOVO NORDISK ");
        MentorBuilder elsewhere = mentor(0).employer("LEGO");
        MentorBuilder unknown = mentor(0).employer(null);
        MatchingPolicy any = DEFAULTS.with(EmployerRule.ANY);
        MatchingPolicy same = DEFAULTS.with(EmployerRule.SAME);

        for (MentorBuilder mentor : List.of(colleague, elsewhere, unknown)) {
            assertThat(breaks(HardRule.SAME_EMPLOYER, any, atNovo, mentor)).isFalse();
            assertThat(breaks(HardRule.DIFFERENT_EMPLOYER, any, atNovo, mentor)).isFalse();
            assertThat(breaks(HardRule.SAME_EMPLOYER, same, atNovo, mentor)).isFalse();
            assertThat(breaks(HardRule.DIFFERENT_EMPLOYER, DEFAULTS, atNovo, mentor)).isFalse();
        }
        assertThat(breaks(HardRule.DIFFERENT_EMPLOYER, same, atNovo, colleague)).isFalse();
        assertThat(breaks(HardRule.DIFFERENT_EMPLOYER, same, atNovo, elsewhere)).isTrue();
        // An unknown employer is nobody's colleague, not even another unknown one's.
        assertThat(breaks(HardRule.DIFFERENT_EMPLOYER, same, atNovo, unknown)).isTrue();
        assertThat(breaks(HardRule.DIFFERENT_EMPLOYER, same, mentee(0).employer(null), unknown)).isTrue();
        assertThat(breaks(HardRule.DIFFERENT_EMPLOYER, same, mentee(0).employer(" "), colleague)).isTrue();
    }

    @Test
    void shouldFlagNoCommonLanguageIncludingUnknownLanguages() {
        assertThat(breaks(HardRule.NO_COMMON_LANGUAGE, DEFAULTS, mentee(0).languages("DA"), mentor(0))).isFalse();
        assertThat(breaks(HardRule.NO_COMMON_LANGUAGE, DEFAULTS, mentee(0).languages("ar"), mentor(0))).isTrue();
        assertThat(breaks(HardRule.NO_COMMON_LANGUAGE, DEFAULTS, mentee(0).languages(), mentor(0))).isTrue();
    }

    @Test
    void shouldFlagFieldsTooFarApartBelowPolicyMinimum() {
        MatchingPolicy subMajorGroup = new MatchingPolicy(DEFAULTS.levels(), Priority.PARTICIPATION, 40, 2, EmployerRule.DIFFERENT);
        assertThat(breaks(HardRule.FIELDS_TOO_FAR_APART, DEFAULTS, mentee(0), mentor(0).field("2631"))).isFalse();
        assertThat(breaks(HardRule.FIELDS_TOO_FAR_APART, subMajorGroup, mentee(0), mentor(0).field("2631"))).isTrue();
        assertThat(breaks(HardRule.FIELDS_TOO_FAR_APART, DEFAULTS, mentee(0), mentor(0).field("3111"))).isTrue();
    }

    @Test
    void shouldFlagUnmetRequirementsButLetUnknownPass() {
        MatchingPolicy marketsRequired = DEFAULTS.with(Criterion.MARKETS, Level.MUST);
        MenteeFact fromPhilippines = mentee(0).homeCountry("PH").build();
        MentorFact mentorFact = mentor(0).build();
        PairTable table = table(marketsRequired, fromPhilippines, mentorFact);

        assertThat(table.breaks(HardRule.REQUIRED_CRITERION_NOT_MET, fromPhilippines, mentorFact)).isTrue();
        assertThat(table.unmetRequirements(fromPhilippines, mentorFact)).containsExactly(Criterion.MARKETS);
        assertThat(breaks(HardRule.REQUIRED_CRITERION_NOT_MET, marketsRequired, mentee(0).homeCountry(null),
                mentor(0))).isFalse();
    }

    @Test
    void shouldFlagLowQualityOnlyWithQualityPriority() {
        MatchingPolicy strict = new MatchingPolicy(DEFAULTS.levels(), Priority.QUALITY, 90, 1, EmployerRule.DIFFERENT);
        MatchingPolicy lenient = new MatchingPolicy(DEFAULTS.levels(), Priority.PARTICIPATION, 90, 1, EmployerRule.DIFFERENT);

        assertThat(breaks(HardRule.BELOW_MINIMUM_QUALITY, strict, mentee(0), mentor(0))).isTrue();
        assertThat(breaks(HardRule.BELOW_MINIMUM_QUALITY, lenient, mentee(0), mentor(0))).isFalse();
    }

    @Test
    void shouldFlagExcludedPairsAndIgnoreExclusionsOutsideTheRun() {
        List<MenteeFact> mentees = List.of(mentee(0).build(), mentee(1).build());
        List<MentorFact> mentors = List.of(mentor(0).build());
        PairTable table = table(DEFAULTS, mentees, mentors, new ExcludedPair(menteeId(1), mentorId(0)),
                new ExcludedPair(UUID.randomUUID(), mentorId(0)));

        assertThat(table.breaks(HardRule.EXCLUDED, mentees.get(1), mentors.get(0))).isTrue();
        assertThat(table.isAllowed(mentees.get(1), mentors.get(0))).isFalse();
        assertThat(table.isAllowed(mentees.get(0), mentors.get(0))).isTrue();
    }

    @Test
    void shouldAddAffinitiesToQualityClampedAndFindThemSparsely() {
        List<MenteeFact> mentees = List.of(mentee(0).build(), mentee(1).build(), mentee(2).build());
        List<MentorFact> mentors = List.of(mentor(0).build(), mentor(1).build());
        // The fixture pair has quality 87 everywhere.
        PairTable table = PairTable.build(mentees, mentors, DEFAULTS, List.of(), List.of(
                new PairAffinity(menteeId(2), mentorId(1), 40), new PairAffinity(menteeId(0), mentorId(1), -100),
                new PairAffinity(menteeId(1), mentorId(0), -30), new PairAffinity(UUID.randomUUID(), mentorId(0), 50)));

        assertThat(table.affinity(mentees.get(2), mentors.get(1))).isEqualTo(40);
        assertThat(table.quality(mentees.get(2), mentors.get(1))).isEqualTo(100);
        assertThat(table.affinity(0, 1)).isEqualTo(-100);
        assertThat(table.quality(0, 1)).isZero();
        assertThat(table.quality(mentees.get(1), mentors.get(0))).isEqualTo(57);
        assertThat(table.affinity(mentees.get(0), mentors.get(0))).isZero();
        assertThat(table.quality(mentees.get(0), mentors.get(0))).isEqualTo(87);
        assertThat(table.totalPairWeight()).isEqualTo(17);
    }

    @Test
    void shouldJudgeTheQualityMinimumWithTheAffinityAdded() {
        MatchingPolicy strict = new MatchingPolicy(DEFAULTS.levels(), Priority.QUALITY, 90, 1, EmployerRule.DIFFERENT);
        List<MenteeFact> mentees = List.of(mentee(0).build(), mentee(1).build());
        List<MentorFact> mentors = List.of(mentor(0).build());
        PairTable table = PairTable.build(mentees, mentors, strict, List.of(),
                List.of(new PairAffinity(menteeId(0), mentorId(0), 10)));

        assertThat(table.breaks(HardRule.BELOW_MINIMUM_QUALITY, mentees.get(0), mentors.get(0))).isFalse();
        assertThat(table.breaks(HardRule.BELOW_MINIMUM_QUALITY, mentees.get(1), mentors.get(0))).isTrue();
    }

    @Test
    void shouldRefuseAPairRatedTwice() {
        List<PairAffinity> twice = List.of(new PairAffinity(menteeId(0), mentorId(0), 10),
                new PairAffinity(menteeId(0), mentorId(0), -10));
        assertThatThrownBy(() -> PairTable.build(List.of(mentee(0).build()), List.of(mentor(0).build()), DEFAULTS,
                List.of(), twice)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rated twice");
    }

    @Test
    void shouldRejectIndexesThatAreNotDense() {
        assertThatThrownBy(() -> table(DEFAULTS, List.of(mentee(1).build()), List.of(mentor(0).build())))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("index 1");
    }

    @Test
    void shouldFitTheLargestSupportedRunWithinFiveHundredMegabytes() {
        assertThat(PairTable.bytesFor(10_000, 7_000)).isLessThanOrEqualTo(500_000_000L);
    }
}
