package org.mentormatch.preset;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.CohortShapes;
import org.mentormatch.support.CohortShapes.People;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * A programme created with a type, a generated cohort of the shape the type serves, and a run with no policy set:
 * the preset alone decides, and every hard rule it sets is checked here from what was sent, not from the service's
 * own verdicts.
 */
@QuarkusTest
class PresetRunTest {

    @Test
    void shouldGiveEveryWorkplaceNewcomerAColleagueAsFarAsSeatsGo() {
        TestCohort cohort = TestCohort.ofType("WORKPLACE_MENTORING");
        People people = CohortShapes.workplace(cohort, 12);

        Map<String, String> pairs = matched(cohort, people, 12);

        pairs.forEach((mentee, mentor) -> assertThat(people.sent(mentor, "employer")).as("employer of %s's mentor", mentee)
                .isEqualTo(people.sent(mentee, "employer")));
        // Any colleague will do (no field required), so each employer's newcomers fill its colleagues' seats.
        Map<Object, Integer> seats = people.mentors().keySet().stream().collect(Collectors.groupingBy(
                id -> people.sent(id, "employer"), Collectors.summingInt(people::capacity)));
        Map<Object, Long> newcomers = people.mentees().values().stream().collect(Collectors.groupingBy(
                body -> body.get("employer"), Collectors.counting()));
        long expected = newcomers.entrySet().stream().mapToLong(e -> Math.min(e.getValue(), seats.get(e.getKey()))).sum();
        assertThat(pairs).hasSize((int) expected);
    }

    @Test
    void shouldSeatGuestsWithinSeatsDietsAndTheHomeCountryMix() {
        TestCohort cohort = TestCohort.ofType("HOST_FAMILY");
        People people = CohortShapes.hostFamilies(cohort, 7);

        Map<String, String> pairs = matched(cohort, people, 7);

        pairs.forEach((guest, household) -> {
            if (people.attribute(guest, "diet") != null) {
                assertThat(selection(people.attribute(household, "diet")))
                        .as("diets cooked for %s", guest).containsAnyElementsOf(selection(people.attribute(guest, "diet")));
            }
        });
        assertMix(people, pairs, "homeCountry", 0.5);
        assertThat(pairs.size()).as("guests seated").isGreaterThanOrEqualTo(people.mentees().size() * 3 / 4);
    }

    @Test
    void shouldPlaceMembersInGroupsNoLargerThanTheirSizeAndMixedInHomeCountry() {
        TestCohort cohort = TestCohort.ofType("NETWORK_GROUP");
        People people = CohortShapes.networkGroups(cohort, 5);

        Map<String, String> pairs = matched(cohort, people, 5);

        assertMix(people, pairs, "homeCountry", 0.5);
        assertThat(pairs.size()).as("members placed").isGreaterThanOrEqualTo(people.mentees().size() * 3 / 4);
    }

    @Test
    void shouldGiveEachPartnerACoachForTheirPostingPhase() {
        TestCohort cohort = TestCohort.ofType("COACHING");
        People people = CohortShapes.coaching(cohort, 3);

        Map<String, String> pairs = matched(cohort, people, 3);

        pairs.forEach((partner, coach) -> assertThat(selection(people.attribute(coach, "postingPhase")))
                .as("phases of %s's coach", partner)
                .containsAnyElementsOf(selection(people.attribute(partner, "postingPhase"))));
        assertThat(pairs).isNotEmpty();
    }

    /** Runs the cohort on its preset, with no policy set, and answers the pairs, checked against the seats sent. */
    private static Map<String, String> matched(TestCohort cohort, People people, long seed) {
        return people.pairsWithinCapacity(Runs.proposals(cohort.path(), Runs.runToEnd(cohort.path(), seed)));
    }

    /**
     * A MUST mix quota, judged from what was sent: no mentor of capacity 3 or more holds more than
     * max(1, floor(maxShare × capacity)) mentees of one value; smaller groups are no mix to keep.
     */
    private static void assertMix(People people, Map<String, String> pairs, String on, double maxShare) {
        Map<String, Map<Object, Long>> groups = pairs.entrySet().stream().collect(Collectors.groupingBy(
                Map.Entry::getValue, Collectors.groupingBy(pair -> people.sent(pair.getKey(), on), Collectors.counting())));
        groups.forEach((mentor, counts) -> {
            int capacity = people.capacity(mentor);
            long limit = capacity < 3 ? capacity : Math.max(1, (long) Math.floor(maxShare * capacity));
            counts.forEach((value, count) -> assertThat(count)
                    .as("mentees from %s with mentor %s of capacity %d", value, mentor, capacity)
                    .isLessThanOrEqualTo(limit));
        });
    }

    /** A multiple-choice attribute's value as sent. */
    @SuppressWarnings("unchecked")
    private static List<String> selection(Object sent) {
        return (List<String>) sent;
    }
}
