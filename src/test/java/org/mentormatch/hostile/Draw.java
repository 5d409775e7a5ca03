package org.mentormatch.hostile;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.sessions.JqwikSession;

/**
 * Draws values from jqwik arbitraries with one seeded {@link Random}. jqwik's own engine cannot run a
 * {@code @QuarkusTest}, so its generators are used as a library, inside a {@link JqwikSession} (they keep their
 * caches in it): the same seed gives the same values. Close it on the thread that opened it.
 */
final class Draw implements AutoCloseable {

    /** jqwik's "size" hint: large enough that collections and strings reach their upper bounds. */
    private static final int GEN_SIZE = 1000;

    private final Random random;
    private final Map<Arbitrary<?>, RandomGenerator<?>> generators = new IdentityHashMap<>();

    Draw(long seed) {
        this.random = new Random(seed);
        JqwikSession.start(Long.toString(seed));
    }

    @Override
    public void close() {
        JqwikSession.finish();
    }

    @SuppressWarnings("unchecked")
    <T> T from(Arbitrary<T> arbitrary) {
        RandomGenerator<T> generator = (RandomGenerator<T>) generators.computeIfAbsent(arbitrary,
                key -> key.generator(GEN_SIZE, true));
        return generator.next(random).value();
    }

    <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
