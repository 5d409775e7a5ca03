package org.mentormatch.hostile;

import java.util.List;
import java.util.Random;

/** Draws every value of a run from one {@link Random}, seeded, so that the same seed makes the same requests. */
final class Draw {

    private final Random random;

    Draw(long seed) {
        this.random = new Random(seed);
    }

    <T> T from(Gen<T> gen) {
        return gen.next(random);
    }

    <T> T oneOf(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }

    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }
}
