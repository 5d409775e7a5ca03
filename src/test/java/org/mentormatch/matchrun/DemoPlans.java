package org.mentormatch.matchrun;

import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.mentormatch.demo.DemoCohort;
import org.mentormatch.demo.DemoCohortGenerator;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.preference.CohortChoices;
import org.mentormatch.profile.Mentee;
import org.mentormatch.profile.Mentor;

/**
 * The demo cohort as a run of a MENTORING programme would see it, without a database: the same generator, the
 * same request-to-profile mapping and the same profile-to-fact mapping, in the demo's order. For benchmarks that
 * should behave like the service's largest run (fewer places than mentees) without its 3.5-minute set-up.
 */
public final class DemoPlans {

    private static final CohortChoices NONE_STATED = new CohortChoices(Map.of(), Map.of(), Map.of());

    private DemoPlans() {
    }

    /** The facts of a demo cohort of this size and seed, mentors first as the demo loads them. */
    public static Facts facts(int menteeCount, int mentorCount, long seed) {
        DemoCohort demo = DemoCohortGenerator.generate(menteeCount, mentorCount, seed);
        List<MentorFact> mentors = IntStream.range(0, demo.mentors().size()).mapToObj(i -> {
            Mentor mentor = new Mentor();
            demo.mentors().get(i).applyTo(mentor);
            return SnapshotLoader.mentorFact(mentor, i, mentor.capacity, NONE_STATED);
        }).toList();
        List<MenteeFact> mentees = IntStream.range(0, demo.mentees().size()).mapToObj(i -> {
            Mentee mentee = new Mentee();
            demo.mentees().get(i).applyTo(mentee);
            return SnapshotLoader.menteeFact(mentee, i, NONE_STATED);
        }).toList();
        return new Facts(mentees, mentors);
    }

    /** Everything a plan needs but its pair table, which is what a benchmark times. */
    public record Facts(List<MenteeFact> mentees, List<MentorFact> mentors) {

        /** The plan a run starts from: the table graded by the default (MENTORING) policy, nobody pinned. */
        public MatchPlan plan() {
            PairTable table = PairTable.build(mentees, mentors, MatchingPolicy.defaults(), List.of());
            return new MatchPlan(table, mentors, mentees.stream().map(MenteeAssignment::unassigned).toList());
        }
    }
}
