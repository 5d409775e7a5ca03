package org.mentormatch.matching.solver;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class CheapestKeysTest {

    @Test
    void shouldKeepTheKCheapestIdsWhateverTheOrderOfTheOffers() {
        Random random = new Random(3);
        for (int instance = 0; instance < 200; instance++) {
            int k = random.nextInt(6);
            long[] costs = IntStream.range(0, random.nextInt(20)).mapToLong(id -> random.nextInt(7) - 3).toArray();
            CheapestKeys cheapest = new CheapestKeys(k);
            IntStream.range(0, costs.length).map(i -> costs.length - 1 - i)
                    .forEach(id -> cheapest.offer(CheapestKeys.key(costs[id], id)));

            int[] expected = IntStream.range(0, costs.length).boxed()
                    .sorted((a, b) -> costs[a] != costs[b] ? Long.compare(costs[a], costs[b]) : Integer.compare(a, b))
                    .limit(k).mapToInt(Integer::intValue).toArray();
            assertThat(cheapest.ids()).as("instance %d", instance).containsExactly(expected);
        }
    }

    @Test
    void shouldKeepTheKCheapestOfTwoMergedInstancesAsOfOne() {
        Random random = new Random(5);
        for (int instance = 0; instance < 200; instance++) {
            int k = random.nextInt(6);
            long[] costs = IntStream.range(0, random.nextInt(20)).mapToLong(id -> random.nextInt(7) - 3).toArray();
            CheapestKeys whole = new CheapestKeys(k);
            CheapestKeys first = new CheapestKeys(k);
            CheapestKeys second = new CheapestKeys(k);
            int split = costs.length == 0 ? 0 : random.nextInt(costs.length);
            for (int id = 0; id < costs.length; id++) {
                whole.offer(CheapestKeys.key(costs[id], id));
                (id < split ? first : second).offer(CheapestKeys.key(costs[id], id));
            }
            first.offerAll(second);

            assertThat(first.ids()).as("instance %d", instance).containsExactly(whole.ids());
        }
    }
}
