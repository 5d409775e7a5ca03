package org.mentormatch.matching.solver;

import static org.mentormatch.matching.MatchFixtures.mentee;
import static org.mentormatch.matching.MatchFixtures.mentor;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.MatchFixtures;
import org.mentormatch.matching.model.MatchPlan;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.MixQuotaFact;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.score.stream.ConstraintStreamImplType;
import org.optaplanner.test.api.score.stream.ConstraintVerifier;

/**
 * The two mix quota constraints, one per score level. Mentees are the strong mentee of {@link MatchFixtures} from
 * the home countries given; one quality point is worth 17 soft points under the default policy.
 */
class MixQuotaConstraintTest {

    private static final int POINTS_PER_QUALITY = 17;
    private static final MentorFact GROUP_OF_FIVE = mentor(0).capacity(5).build();

    private final ConstraintVerifier<MatchConstraintProvider, MatchPlan> verifier =
            ConstraintVerifier.build(new MatchConstraintProvider(), MatchPlan.class, MenteeAssignment.class)
                    .withConstraintStreamImplType(ConstraintStreamImplType.BAVET);

    private static MixQuota quota(String on, String maxShare, Level level) {
        return new MixQuota(on, new BigDecimal(maxShare), level);
    }

    /** Mentees 0..n-1 from these home countries (null: unknown), all with the mentor, then the quotas' facts. */
    private static Object[] group(MentorFact mentor, List<MixQuota> quotas, String... countries) {
        List<MenteeFact> mentees = new ArrayList<>();
        for (int i = 0; i < countries.length; i++) {
            mentees.add(mentee(i).homeCountry(countries[i]).build());
        }
        List<Object> facts = new ArrayList<>(MixQuotaFact.of(MatchingPolicy.defaults().withMix(quotas), mentees,
                POINTS_PER_QUALITY));
        mentees.forEach(mentee -> facts.add(new MenteeAssignment(mentee, mentor, false)));
        return facts.toArray();
    }

    @Test
    void mixQuota() {
        List<MixQuota> twoOfFive = List.of(quota(MixQuota.HOME_COUNTRY, "0.4", Level.MUST));
        verifier.verifyThat(MatchConstraintProvider::mixQuota)
                .given(group(GROUP_OF_FIVE, twoOfFive, "IN", "IN", "in", "IN", "SE"))
                .penalizesBy(2);
        verifier.verifyThat(MatchConstraintProvider::mixQuota)
                .given(group(GROUP_OF_FIVE, twoOfFive, "IN", "IN", "SE", "SE", "UA"))
                .penalizesBy(0);
    }

    @Test
    void mixQuotaNeverCountsUnknownValues() {
        verifier.verifyThat(MatchConstraintProvider::mixQuota)
                .given(group(GROUP_OF_FIVE, List.of(quota(MixQuota.HOME_COUNTRY, "0.4", Level.MUST)),
                        "IN", "IN", null, null, " "))
                .penalizesBy(0);
    }

    @Test
    void mixQuotaIsVoidForGroupsOfOneOrTwo() {
        List<MixQuota> noneAlike = List.of(quota(MixQuota.HOME_COUNTRY, "0", Level.MUST));
        verifier.verifyThat(MatchConstraintProvider::mixQuota)
                .given(group(mentor(0).capacity(2).build(), noneAlike, "IN", "IN"))
                .penalizesBy(0);
        // From three seats up even a share of 0 lets one mentee of each value in: max(1, floor(0 × 3)) = 1.
        verifier.verifyThat(MatchConstraintProvider::mixQuota)
                .given(group(mentor(0).capacity(3).build(), noneAlike, "IN", "IN"))
                .penalizesBy(1);
    }

    @Test
    void mixQuotaLimitsAgainstTheCapacityNotTheGroupSoFar() {
        // floor(0.5 × 6) = 3 of one value, however few seats are taken yet.
        List<MixQuota> half = List.of(quota(MixQuota.FIELD, "0.5", Level.MUST));
        verifier.verifyThat(MatchConstraintProvider::mixQuota)
                .given(group(mentor(0).capacity(6).build(), half, "IN", "SE", "UA"))
                .penalizesBy(0);
        // Field means the ISCO-08 major group: 2511, 2166 and 2421 are all professionals (2).
        verifier.verifyThat(MatchConstraintProvider::mixQuota)
                .given(group(mentor(0).capacity(6).build(), half, "IN", "SE", "UA", "PL"))
                .penalizesBy(1);
    }

    @Test
    void mixQuotaIgnoresSoftQuotas() {
        verifier.verifyThat(MatchConstraintProvider::mixQuota)
                .given(group(GROUP_OF_FIVE, List.of(quota(MixQuota.HOME_COUNTRY, "0.4", Level.HIGH)),
                        "IN", "IN", "IN", "IN"))
                .penalizesBy(0);
    }

    @Test
    void preferredMix() {
        // HIGH: weight 3 × 25 quality points × 17 per mentee over; LOW: weight 1.
        verifier.verifyThat(MatchConstraintProvider::preferredMix)
                .given(group(GROUP_OF_FIVE, List.of(quota(MixQuota.HOME_COUNTRY, "0.4", Level.HIGH)),
                        "IN", "IN", "IN", "IN", "SE"))
                .penalizesBy(2L * 3 * 25 * POINTS_PER_QUALITY);
        verifier.verifyThat(MatchConstraintProvider::preferredMix)
                .given(group(GROUP_OF_FIVE, List.of(quota(MixQuota.HOME_COUNTRY, "0.4", Level.LOW)),
                        "IN", "IN", "IN", null, "SE"))
                .penalizesBy(25L * POINTS_PER_QUALITY);
        verifier.verifyThat(MatchConstraintProvider::preferredMix)
                .given(group(GROUP_OF_FIVE, List.of(quota(MixQuota.HOME_COUNTRY, "0.4", Level.MUST),
                        quota(MixQuota.FIELD, "1", Level.MEDIUM)), "IN", "IN", "IN", "IN", "SE"))
                .penalizesBy(0);
        verifier.verifyThat(MatchConstraintProvider::preferredMix)
                .given(group(GROUP_OF_FIVE, List.of(quota(MixQuota.HOME_COUNTRY, "0.4", Level.OFF)),
                        "IN", "IN", "IN", "IN", "SE"))
                .penalizesBy(0);
    }

    @Test
    void shouldScoreAWholePlanWithAMustQuota() {
        // Three of one country with a mentor of four seats, where half (2) is allowed: one hard point.
        MentorFact groupOfFour = mentor(0).capacity(4).build();
        List<MenteeFact> mentees = List.of(mentee(0).build(), mentee(1).build(), mentee(2).build());
        MatchingPolicy policy = MatchingPolicy.defaults()
                .withMix(List.of(quota(MixQuota.HOME_COUNTRY, "0.5", Level.MUST)));
        MatchPlan plan = new MatchPlan(MatchFixtures.table(policy, mentees, List.of(groupOfFour)),
                List.of(groupOfFour), mentees.stream().map(m -> new MenteeAssignment(m, groupOfFour, false)).toList());

        // Each pair earns 1475; a load of 3 costs 3² = 9.
        verifier.verifyThat().givenSolution(plan).scores(HardMediumSoftLongScore.of(-1, 0, 3 * 1475 - 9));
    }
}
