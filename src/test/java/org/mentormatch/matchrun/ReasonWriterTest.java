package org.mentormatch.matchrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.MatchFixtures;
import org.mentormatch.matching.model.HardRule;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.solver.justification.AffinityJustification;
import org.mentormatch.matching.solver.justification.CriterionJustification;
import org.mentormatch.matching.solver.justification.MentorLoadJustification;
import org.mentormatch.matching.solver.justification.PairRuleJustification;
import org.mentormatch.matching.solver.justification.QualityJustification;

class ReasonWriterTest {

    private static final MenteeFact MENTEE = new MenteeFact(0, UUID.randomUUID(), "2512", 6, 4,
            List.of("java"), List.of("sailing", "chess"), List.of("en", "zh"), "DK-84", "CN", null,
            List.of("25"), List.of("en"), MeetingMode.IN_PERSON);
    private static final MentorFact MENTOR = new MentorFact(0, UUID.randomUUID(), "2511", 7, 15,
            List.of("java", "sql"), List.of("Sailing"), List.of("da", "en"), "DK-82", true, "DK", "Maersk", 2,
            List.of("CN", "DE"));

    @Test
    void shouldStateTheFactsBehindEachCriterion() {
        assertThat(describe("fieldCloseness", 75)).isEqualTo("Occupation codes 2512 and 2511 share 3 of 4 digits.");
        assertThat(describe("preferredFields", 100)).isEqualTo("The mentor's field 2511 matches the mentee's wish (25).");
        assertThat(describe("sharedInterests", 25)).isEqualTo("They share these interests: sailing.");
        assertThat(describe("markets", 100))
                .isEqualTo("The mentor's markets (CN, DE) include the mentee's home country CN.");
        assertThat(describe("location", 0))
                .isEqualTo("Mentee in DK-84 (wants to meet in person), mentor in DK-82 (also meets online).");
        assertThat(describe("location", 100)).isEqualTo("Mentee in DK-84 (wants to meet in person), mentor in DK-82 "
                + "(also meets online). The policy counts meeting online as meeting locally.");
        assertThat(describe("qualificationFit", 100))
                .isEqualTo("Mentor: education level 7, 15 years of experience; mentee: 6, 4 years.");
    }

    @Test
    void shouldSayWhatEachSideStated() {
        UUID other = UUID.randomUUID();
        MenteeFact ranked = MatchFixtures.mentee(0).ranked(other, MatchFixtures.mentorId(0), UUID.randomUUID()).build();
        MenteeFact unranked = MatchFixtures.mentee(0).build();
        MentorFact silent = MatchFixtures.mentor(0).build();
        assertThat(stated(ranked, silent)).isEqualTo("The mentee ranked this mentor 2nd of 3.");
        assertThat(stated(ranked, MatchFixtures.mentor(0).accepts(MatchFixtures.menteeId(0)).build()))
                .isEqualTo("The mentee ranked this mentor 2nd of 3; the mentor accepted them.");
        assertThat(stated(ranked, MatchFixtures.mentor(0).declines(MatchFixtures.menteeId(0)).build()))
                .isEqualTo("The mentor declined this mentee.");
        assertThat(stated(unranked, MatchFixtures.mentor(0).accepts(other).build()))
                .isEqualTo("The mentor named the mentees they accept, and this mentee is not among them.");
        assertThat(stated(MatchFixtures.mentee(0).ranked(other).build(), silent))
                .isEqualTo("The mentee ranked another mentor, not this one.");
        assertThat(stated(unranked, silent))
                .isEqualTo("The mentee ranked no mentor, so any mentor counts as half a match.");
    }

    private static String stated(MenteeFact mentee, MentorFact mentor) {
        return ReasonWriter.describe(new CriterionJustification(mentee.id(), mentor.id(), "statedPreferences", 0, "x"),
                mentee, mentor);
    }

    @Test
    void shouldNeverNameOrIdentifyThePeople() {
        // The constraint's own justification, as the solver gives it: its description is the reason as it stands.
        String rule = ReasonWriter.describe(PairRuleJustification.of(HardRule.SAME_EMPLOYER,
                new MenteeAssignment(MENTEE, MENTOR, false),
                PairTable.build(List.of(MENTEE), List.of(MENTOR), MatchingPolicy.defaults(), List.of())),
                MENTEE, MENTOR);
        assertThat(rule).isEqualTo("The mentee and the mentor work for the same employer (Maersk).");
        String workplace = ReasonWriter.describe(PairRuleJustification.of(HardRule.DIFFERENT_EMPLOYER,
                new MenteeAssignment(MENTEE, MENTOR, false),
                PairTable.build(List.of(MENTEE), List.of(MENTOR),
                        MatchingPolicy.defaults().with(EmployerRule.SAME), List.of())),
                MENTEE, MENTOR);
        assertThat(workplace).isEqualTo("The policy asks for a mentor at the mentee's employer; the mentee works for "
                + "an employer not known and the mentor for Maersk.");
        assertThat(ReasonWriter.describe(new MentorLoadJustification(MENTOR.id(), 2, 2, "x"), MENTEE, MENTOR))
                .isEqualTo("The mentor takes 2 mentees (capacity 2).");
        assertThat(ReasonWriter.describe(new QualityJustification(MENTEE.id(), MENTOR.id(), 44, "x"), MENTEE, MENTOR))
                .startsWith("The pair's quality is 44 of 100, below a good match (70)");
        assertThat(ReasonWriter.describe(new AffinityJustification(MENTEE.id(), MENTOR.id(), 40, "x"), MENTEE, MENTOR))
                .isEqualTo("A coordinator rated this pair +40 (on a scale of -100 to +100, from interviews or questionnaires).");
        assertThat(ReasonWriter.describe(new AffinityJustification(MENTEE.id(), MENTOR.id(), -15, "x"), MENTEE, MENTOR))
                .startsWith("A coordinator rated this pair -15 ");
    }

    private static String describe(String criterion, int score) {
        return ReasonWriter.describe(new CriterionJustification(MENTEE.id(), MENTOR.id(), criterion, score, "x"),
                MENTEE, MENTOR);
    }
}
