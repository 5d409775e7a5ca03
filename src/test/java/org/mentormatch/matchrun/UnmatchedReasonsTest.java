package org.mentormatch.matchrun;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mentormatch.matching.MatchFixtures.mentee;
import static org.mentormatch.matching.MatchFixtures.mentor;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;

class UnmatchedReasonsTest {

    // A group of 3 holds at most one mentee from one home country (max(1, floor(0.4 × 3))).
    private static final MatchingPolicy ONE_PER_COUNTRY = MatchingPolicy.defaults()
            .withMix(List.of(new MixQuota(MixQuota.HOME_COUNTRY, new BigDecimal("0.4"), Level.MUST)));
    private static final MenteeFact INDIAN = mentee(0).homeCountry("IN").build();
    private static final MenteeFact ALSO_INDIAN = mentee(1).homeCountry("IN").build();
    private static final MenteeFact SWEDISH = mentee(2).homeCountry("SE").build();
    private static final MentorFact GROUP = mentor(0).capacity(3).build();
    private static final MentorFact OTHER_GROUP = mentor(1).capacity(3).build();

    private static UnmatchedReasons reasons(MatchingPolicy policy, List<MentorFact> mentors,
            Map<MentorFact, List<MenteeFact>> groups) {
        List<MenteeFact> mentees = List.of(INDIAN, ALSO_INDIAN, SWEDISH);
        MatchPlan plan = new MatchPlan(PairTable.build(mentees, mentors, policy, List.of()), mentors,
                mentees.stream().map(MenteeAssignment::unassigned).toList());
        return new UnmatchedReasons(plan, groups.entrySet().stream().collect(Collectors.toMap(
                Map.Entry::getKey, group -> group.getValue().stream().map(MenteeFact::id).toList())));
    }

    @Test
    void shouldNameTheRequiredMixQuotaThatKeepsAMenteeOutOfGroupsWithRoom() {
        assertThat(reasons(ONE_PER_COUNTRY, List.of(GROUP), Map.of(GROUP, List.of(ALSO_INDIAN))).explain(INDIAN))
                .isEqualTo("The only eligible mentor with room would go over a required mix quota by taking this "
                        + "mentee (1 on home country).");
        assertThat(reasons(ONE_PER_COUNTRY, List.of(GROUP, OTHER_GROUP),
                Map.of(GROUP, List.of(ALSO_INDIAN), OTHER_GROUP, List.of(ALSO_INDIAN))).explain(INDIAN))
                .isEqualTo("All 2 eligible mentors with room would go over a required mix quota by taking this "
                        + "mentee (2 on home country).");
    }

    @Test
    void shouldCountOnlyTheGroupsTheQuotaLeavesOpen() {
        // The other group has room and no one from India yet; without the quota both groups would be open.
        assertThat(reasons(ONE_PER_COUNTRY, List.of(GROUP, OTHER_GROUP),
                Map.of(GROUP, List.of(ALSO_INDIAN), OTHER_GROUP, List.of(SWEDISH))).explain(INDIAN))
                .startsWith("1 eligible mentors still have room");
        assertThat(reasons(MatchingPolicy.defaults(), List.of(GROUP), Map.of(GROUP, List.of(ALSO_INDIAN)))
                .explain(INDIAN)).startsWith("1 eligible mentors still have room");
    }
}
