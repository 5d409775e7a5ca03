package org.mentormatch.preset;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
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

        Map<String, String> pairs = people.pairsWithinCapacity(
                Runs.proposals(cohort.path(), Runs.runToEnd(cohort.path(), 12)));

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
    void shouldSeatEveryGuestWithinTheHouseholdsSeats() {
        TestCohort cohort = TestCohort.ofType("HOST_FAMILY");
        People people = CohortShapes.hostFamilies(cohort, 7);

        assertThat(everyoneMatchedWithinCapacity(cohort, people, 7)).hasSize(people.mentees().size());
    }

    @Test
    void shouldPlaceEveryMemberInAGroupNoLargerThanItsSize() {
        TestCohort cohort = TestCohort.ofType("NETWORK_GROUP");
        People people = CohortShapes.networkGroups(cohort, 5);

        assertThat(everyoneMatchedWithinCapacity(cohort, people, 5)).hasSize(people.mentees().size());
    }

    @Test
    void shouldGiveEveryPartnerACoachWithinTheCoachesCapacity() {
        TestCohort cohort = TestCohort.ofType("COACHING");
        People people = CohortShapes.coaching(cohort, 3);

        assertThat(everyoneMatchedWithinCapacity(cohort, people, 3)).hasSize(people.mentees().size());
    }

    /**
     * Runs the cohort on its preset and answers the pairs, checked against the seats sent. The shapes offer more
     * seats than mentees and these presets require no field or employer, so all are expected to be matched.
     */
    private static Map<String, String> everyoneMatchedWithinCapacity(TestCohort cohort, People people, long seed) {
        assertThat(people.mentors().keySet().stream().mapToInt(people::capacity).sum())
                .isGreaterThanOrEqualTo(people.mentees().size());
        return people.pairsWithinCapacity(Runs.proposals(cohort.path(), Runs.runToEnd(cohort.path(), seed)));
    }
}
