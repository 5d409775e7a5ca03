package org.mentormatch.hostile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * A generator of values: a function of a seeded {@link Random}. Generators hold no state, so they can be shared
 * constants and the values drawn depend on the seed alone. Where no combinator here fits, a lambda of
 * {@code Random} is a generator too.
 */
@FunctionalInterface
interface Gen<T> {

    T next(Random random);

    default <R> Gen<R> map(Function<? super T, ? extends R> mapper) {
        return random -> mapper.apply(next(random));
    }

    static <T> Gen<T> just(T value) {
        return random -> value;
    }

    @SafeVarargs
    static <T> Gen<T> of(T... values) {
        List<T> choices = List.of(values);
        return random -> choices.get(random.nextInt(choices.size()));
    }

    @SafeVarargs
    static <T> Gen<T> oneOf(Gen<? extends T>... gens) {
        return anyOf(List.of(gens));
    }

    /** Picks a generator with a chance in proportion to its weight (small weights: each counts as that many copies). */
    @SafeVarargs
    static <T> Gen<T> frequencyOf(Weighted<? extends T>... weighted) {
        List<Gen<? extends T>> copies = new ArrayList<>();
        for (Weighted<? extends T> choice : weighted) {
            copies.addAll(Collections.nCopies(choice.weight(), choice.gen()));
        }
        return anyOf(copies);
    }

    static <T> Weighted<T> weighted(int weight, Gen<T> gen) {
        return new Weighted<>(weight, gen);
    }

    static Gen<Integer> integers() {
        return Random::nextInt;
    }

    static Gen<Long> longs() {
        return Random::nextLong;
    }

    /** Strings of {@code minLength} to {@code maxLength} characters, each drawn from {@code alphabet}. */
    static Gen<String> strings(String alphabet, int minLength, int maxLength) {
        return random -> {
            char[] chars = new char[random.nextInt(minLength, maxLength + 1)];
            for (int i = 0; i < chars.length; i++) {
                chars[i] = alphabet.charAt(random.nextInt(alphabet.length()));
            }
            return new String(chars);
        };
    }

    /** The characters {@code first} to {@code last}, control characters and lone surrogates too, as an alphabet. */
    static String range(char first, char last) {
        StringBuilder range = new StringBuilder(last - first + 1);
        for (int c = first; c <= last; c++) { // an int: a char would wrap round after U+FFFF
            range.append((char) c);
        }
        return range.toString();
    }

    static Gen<byte[]> bytes(int minSize, int maxSize) {
        return random -> {
            byte[] bytes = new byte[random.nextInt(minSize, maxSize + 1)];
            random.nextBytes(bytes);
            return bytes;
        };
    }

    private static <T> Gen<T> anyOf(List<Gen<? extends T>> choices) {
        List<Gen<? extends T>> fixed = List.copyOf(choices);
        return random -> fixed.get(random.nextInt(fixed.size())).next(random);
    }

    /** A generator and how often {@link #frequencyOf} picks it, relative to the others. */
    record Weighted<T>(int weight, Gen<T> gen) {
    }
}
