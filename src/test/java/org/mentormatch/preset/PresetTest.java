package org.mentormatch.preset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentormatch.attribute.ProgrammeAttribute;
import org.mentormatch.matching.policy.AttributeCompare;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.mentormatch.programme.ProgrammeType;

class PresetTest {

    @ParameterizedTest
    @EnumSource(ProgrammeType.class)
    void shouldDefineAPresetForEveryType(ProgrammeType type) {
        Preset preset = Preset.of(type);
        assertThat(preset.type()).isEqualTo(type);
        assertThat(preset.policy().levels()).containsOnlyKeys(Criterion.values());
    }

    @Test
    void shouldKeepTodaysDefaultsForMentoring() {
        assertThat(Preset.of(ProgrammeType.MENTORING).policy()).isEqualTo(MatchingPolicy.defaults());
    }

    @Test
    void shouldMatchColleaguesInWorkplaceMentoring() {
        MatchingPolicy policy = Preset.of(ProgrammeType.WORKPLACE_MENTORING).policy();
        assertThat(policy.employerRule()).isEqualTo(EmployerRule.SAME);
        assertThat(policy.level(Criterion.LOCATION)).isEqualTo(Level.MEDIUM);
        assertThat(policy.minimumFieldCloseness()).isZero();
    }

    @Test
    void shouldCountOnlineCoachingAsLocal() {
        assertThat(Preset.of(ProgrammeType.COACHING).policy().onlineCountsAsLocal()).isTrue();
        assertThat(Preset.of(ProgrammeType.MENTORING).policy().onlineCountsAsLocal()).isFalse();
    }

    @Test
    void shouldRequireACoachForThePartnersPostingPhase() {
        Preset coaching = Preset.of(ProgrammeType.COACHING);
        assertThat(coaching.attributes()).extracting(ProgrammeAttribute::key).containsExactly("postingPhase");
        assertThat(coaching.policy().attributeCriteria()).singleElement().satisfies(criterion -> {
            assertThat(criterion.compare()).isEqualTo(AttributeCompare.OVERLAP);
            assertThat(criterion.level()).isEqualTo(Level.MUST);
            assertThat(criterion.label()).isEqualTo("Posting phase");
        });
    }

    @Test
    void shouldKeepEveryHouseholdTableMixedAndCookForTheGuestsDiet() {
        Preset hostFamily = Preset.of(ProgrammeType.HOST_FAMILY);
        assertThat(hostFamily.attributes()).extracting(ProgrammeAttribute::key).containsExactly("hasChildren", "diet");
        assertThat(hostFamily.policy().attributeCriteria()).extracting(AttributeCriterion::key, AttributeCriterion::level)
                .containsExactly(tuple("hasChildren", Level.MEDIUM), tuple("diet", Level.MUST));
        assertThat(hostFamily.policy().mix()).containsExactly(
                new MixQuota(MixQuota.HOME_COUNTRY, new BigDecimal("0.5"), Level.MUST));
    }

    @Test
    void shouldMixNetworkGroupsByHomeCountryAndFavourAMixOfFields() {
        assertThat(Preset.of(ProgrammeType.NETWORK_GROUP).policy().mix())
                .extracting(MixQuota::on, MixQuota::level)
                .containsExactly(tuple(MixQuota.HOME_COUNTRY, Level.MUST), tuple(MixQuota.FIELD, Level.MEDIUM));
    }

    @ParameterizedTest
    @EnumSource(value = ProgrammeType.class, names = {"MENTORING", "WORKPLACE_MENTORING", "NETWORK_GROUP"})
    void shouldGiveNoAttributesWhereTheFixedProfileSuffices(ProgrammeType type) {
        assertThat(Preset.of(type).attributes()).isEmpty();
        assertThat(Preset.of(type).policy().attributeCriteria()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = ProgrammeType.class, names = {"COACHING", "HOST_FAMILY", "NETWORK_GROUP"})
    void shouldLeaveTheEmployerOutWhereWorkPlaysNoPart(ProgrammeType type) {
        MatchingPolicy policy = Preset.of(type).policy();
        assertThat(policy.employerRule()).isEqualTo(EmployerRule.ANY);
        assertThat(policy.minimumFieldCloseness()).isZero();
    }
}
