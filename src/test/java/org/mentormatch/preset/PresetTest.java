package org.mentormatch.preset;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
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

    @ParameterizedTest
    @EnumSource(value = ProgrammeType.class, names = {"COACHING", "HOST_FAMILY", "NETWORK_GROUP"})
    void shouldLeaveTheEmployerOutWhereWorkPlaysNoPart(ProgrammeType type) {
        MatchingPolicy policy = Preset.of(type).policy();
        assertThat(policy.employerRule()).isEqualTo(EmployerRule.ANY);
        assertThat(policy.minimumFieldCloseness()).isZero();
    }
}
