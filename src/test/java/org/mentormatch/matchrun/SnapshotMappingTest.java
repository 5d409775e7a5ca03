package org.mentormatch.matchrun;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.solver.GeneratedPlans;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.config.solver.termination.TerminationConfig;

/**
 * Rows to facts to proposals without a database: every string of the rows is distinct, so a mapping that put one
 * column in its neighbour's place (region, home country, employer are all strings) fails here.
 */
class SnapshotMappingTest {

    @Test
    void shouldCarryEveryColumnOfAMenteeIntoItsFact() {
        Mentee mentee = mentee();

        MenteeFact fact = FactMapper.INSTANCE.toFact(mentee, 3);

        assertThat(List.of(fact.index(), fact.id(), fact.field(), fact.educationLevel(), fact.yearsOfExperience()))
                .containsExactly(3, mentee.id, "2512", 6, 4);
        assertThat(List.of(fact.skills(), fact.interests(), fact.languages(), fact.preferredFields(), fact.preferredLanguages()))
                .containsExactly(List.of("python"), List.of("running"), List.of("en", "uk"), List.of("25"), List.of("uk"));
        assertThat(new String[] {fact.region(), fact.homeCountry(), fact.employer()})
                .containsExactly("DK-84", "UA", "Maersk");
        assertThat(fact.meetingMode()).isEqualTo(MeetingMode.ONLINE);
    }

    @Test
    void shouldCarryEveryColumnOfAMentorIntoItsFact() {
        Mentor mentor = mentor("2511", "DK-81", "SE", "LEGO");

        MentorFact fact = FactMapper.INSTANCE.toFact(mentor, 1);

        assertThat(List.of(fact.index(), fact.id(), fact.field(), fact.educationLevel(), fact.yearsOfExperience(),
                fact.remoteOk(), fact.capacity()))
                .containsExactly(1, mentor.id, "2511", 7, 15, true, 1);
        assertThat(List.of(fact.skills(), fact.interests(), fact.languages(), fact.markets()))
                .containsExactly(List.of("python"), List.of("running"), List.of("en"), List.of("UA"));
        assertThat(new String[] {fact.region(), fact.homeCountry(), fact.employer()})
                .containsExactly("DK-81", "SE", "LEGO");
    }

    /**
     * The mentor at the mentee's employer is the better pair on every criterion, but the same employer is a hard
     * rule: the run proposes the other one only if the employers reached the facts as employers.
     */
    @Test
    void shouldProposeFromTheMappedRows() {
        Mentee mentee = mentee();
        Mentor outsider = mentor("2511", "DK-81", "SE", "LEGO");

        assertThat(proposedMentor(mentee, mentor("2512", "DK-84", "DK", "Maersk"), outsider)).isEqualTo(outsider.id);
    }

    /** The fixture can tell: without the shared employer, the better mentor is proposed. */
    @Test
    void shouldProposeTheBetterMentorWhenNoEmployerIsShared() {
        Mentor colleague = mentor("2512", "DK-84", "DK", "Vestas");

        assertThat(proposedMentor(mentee(), colleague, mentor("2511", "DK-81", "SE", "LEGO"))).isEqualTo(colleague.id);
    }

    private static UUID proposedMentor(Mentee mentee, Mentor first, Mentor second) {
        List<MenteeFact> mentees = List.of(FactMapper.INSTANCE.toFact(mentee, 0));
        List<MentorFact> mentors = List.of(FactMapper.INSTANCE.toFact(first, 0), FactMapper.INSTANCE.toFact(second, 1));
        MatchPlan problem = new MatchPlan(PairTable.build(mentees, mentors, MatchingPolicy.defaults(), List.of()), mentors,
                mentees.stream().map(MenteeAssignment::unassigned).toList());
        SolverConfig config = GeneratedPlans.solverConfig(new TerminationConfig()
                .withBestScoreLimit(HardMediumSoftLongScore.of(0, 0, Long.MIN_VALUE).toString())
                .withSecondsSpentLimit(10L));
        SolverFactory<MatchPlan> factory = SolverFactory.create(config);

        MatchPlan solved = factory.buildSolver().solve(problem);
        var explanation = SolutionManager.<MatchPlan, HardMediumSoftLongScore>create(factory).explain(solved);
        MatchProposal proposal = RunReport.of(UUID.randomUUID(), solved, explanation, Map.of(), Map.of()).proposals().get(0);
        assertThat(proposal.menteeId).isEqualTo(mentee.id);
        return proposal.mentorId;
    }

    private static Mentee mentee() {
        Mentee mentee = new Mentee();
        mentee.field = "2512";
        mentee.educationLevel = 6;
        mentee.yearsOfExperience = 4;
        mentee.skills = List.of("python");
        mentee.interests = List.of("running");
        mentee.languages = List.of("en", "uk");
        mentee.region = "DK-84";
        mentee.remoteOk = true;
        mentee.homeCountry = "UA";
        mentee.employer = "Maersk";
        mentee.preferredFields = List.of("25");
        mentee.preferredLanguages = List.of("uk");
        mentee.meetingMode = org.mentormatch.profile.MeetingMode.ONLINE;
        return mentee;
    }

    private static Mentor mentor(String field, String region, String homeCountry, String employer) {
        Mentor mentor = new Mentor();
        mentor.field = field;
        mentor.educationLevel = 7;
        mentor.yearsOfExperience = 15;
        mentor.skills = List.of("python");
        mentor.interests = List.of("running");
        mentor.languages = List.of("en");
        mentor.region = region;
        mentor.remoteOk = true;
        mentor.homeCountry = homeCountry;
        mentor.employer = employer;
        mentor.capacity = 1;
        mentor.markets = List.of("UA");
        return mentor;
    }
}
