package org.mentormatch.matching.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatchingPolicyTest {

    @Test
    void shouldDefaultToParticipationWithFieldFirst() {
        MatchingPolicy policy = MatchingPolicy.defaults();

        assertThat(policy.priority()).isEqualTo(Priority.PARTICIPATION);
        assertThat(policy.minimumQuality()).isEqualTo(40);
        assertThat(policy.minimumFieldCloseness()).isEqualTo(1);
        assertThat(policy.level(Criterion.FIELD_CLOSENESS)).isEqualTo(Level.HIGH);
        assertThat(policy.level(Criterion.PREFERRED_FIELDS)).isEqualTo(Level.HIGH);
        assertThat(policy.level(Criterion.SHARED_INTERESTS)).isEqualTo(Level.LOW);
        assertThat(policy.level(Criterion.BALANCED_LOAD)).isEqualTo(Level.LOW);
        assertThat(policy.levels()).containsOnlyKeys(Criterion.values());
        assertThat(policy.levels().values()).doesNotContain(Level.MUST);
        // Stated preferences are OFF until a coordinator turns them on: cohorts that state nothing match as before.
        assertThat(policy.levels()).containsEntry(Criterion.STATED_PREFERENCES, Level.OFF);
        assertThat(policy.levels().entrySet()).filteredOn(entry -> entry.getValue() == Level.OFF)
                .extracting(Map.Entry::getKey).containsExactly(Criterion.STATED_PREFERENCES);
    }

    @Test
    void shouldReadARunsPolicyStoredBeforeStatedPreferencesAsOff() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode stored = json.valueToTree(MatchingPolicy.defaults());
        ((ObjectNode) stored.get("levels")).remove(Criterion.STATED_PREFERENCES.name());

        MatchingPolicy read = json.treeToValue(stored, MatchingPolicy.class);

        assertThat(read).isEqualTo(MatchingPolicy.defaults());
    }

    @Test
    void shouldReadAPolicyStoredBeforeTheEmployerRuleAsDifferent() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode stored = json.valueToTree(MatchingPolicy.defaults().with(EmployerRule.SAME));
        stored.remove("employerRule");

        MatchingPolicy read = json.treeToValue(stored, MatchingPolicy.class);

        assertThat(read.employerRule()).isEqualTo(EmployerRule.DIFFERENT);
        assertThat(read).isEqualTo(MatchingPolicy.defaults());
    }

    @Test
    void shouldReadAPolicyStoredBeforeOnlineCountedAsLocalAsNotCounting() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode stored = json.valueToTree(MatchingPolicy.defaults().withOnlineCountingAsLocal(true));
        stored.remove("onlineCountsAsLocal");

        assertThat(json.treeToValue(stored, MatchingPolicy.class)).isEqualTo(MatchingPolicy.defaults());
        assertThat(json.valueToTree(MatchingPolicy.defaults()).has("onlineCountsAsLocal"))
                .as("left out while false, so input hashes of runs that do not use it stay as they were").isFalse();
    }

    @Test
    void shouldCountMustAsHighInQuality() {
        assertThat(Level.MUST.weight()).isEqualTo(Level.HIGH.weight()).isEqualTo(3);
        assertThat(Level.OFF.weight()).isZero();
        assertThat(MatchingPolicy.defaults().with(Criterion.MARKETS, Level.MUST).weight(Criterion.MARKETS))
                .isEqualTo(3);
    }

    @Test
    void shouldRejectMissingCriterion() {
        Map<Criterion, Level> levels = new EnumMap<>(MatchingPolicy.defaults().levels());
        levels.remove(Criterion.LOCATION);

        assertThatThrownBy(() -> new MatchingPolicy(levels, Priority.QUALITY, 40, 1, EmployerRule.DIFFERENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("location");
    }

    @Test
    void shouldRejectOutOfRangeMinimums() {
        Map<Criterion, Level> levels = MatchingPolicy.defaults().levels();

        assertThatThrownBy(() -> new MatchingPolicy(levels, Priority.QUALITY, 101, 1, EmployerRule.DIFFERENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumQuality");
        assertThatThrownBy(() -> new MatchingPolicy(levels, Priority.QUALITY, -1, 1, EmployerRule.DIFFERENT))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new MatchingPolicy(levels, Priority.QUALITY, 40, 5, EmployerRule.DIFFERENT))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("minimumFieldCloseness");
    }

    @Test
    void shouldRejectMustOnPlanWideCriteria() {
        assertThatThrownBy(() -> MatchingPolicy.defaults().with(Criterion.FAIRNESS, Level.MUST))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("fairness");
    }

    @Test
    void shouldRejectNullPriority() {
        assertThatThrownBy(() -> new MatchingPolicy(MatchingPolicy.defaults().levels(), null, 40, 1, EmployerRule.DIFFERENT))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldKeepLevelsImmutableAndJsonNamesUnique() {
        assertThatThrownBy(() -> MatchingPolicy.defaults().levels().put(Criterion.MARKETS, Level.OFF))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(Arrays.stream(Criterion.values()).map(Criterion::jsonName)).doesNotHaveDuplicates();
        assertThat(Criterion.fromJsonName("sharedSkills")).isEqualTo(Criterion.SHARED_SKILLS);
    }
}
