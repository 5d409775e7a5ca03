package org.mentormatch.support;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiPredicate;
import java.util.function.ToIntFunction;

/**
 * The largest number of mentees that can be matched at all, by augmenting paths over mentor capacity slots
 * (Kuhn): an answer the solver must reach, computed without it. Generic over how a test sees its people, so
 * the solver tests (facts) and the API tests (what they sent) share this one oracle.
 */
public final class MaximumMatching {

    private MaximumMatching() {
    }

    public static <E, R> int size(List<E> mentees, List<R> mentors, ToIntFunction<R> capacity, BiPredicate<E, R> allowed) {
        int[] slotMentor = new int[mentors.stream().mapToInt(capacity).sum()];
        for (int mentor = 0, slot = 0; mentor < mentors.size(); mentor++) {
            for (int c = 0; c < capacity.applyAsInt(mentors.get(mentor)); c++, slot++) {
                slotMentor[slot] = mentor;
            }
        }
        int[] slotOwner = new int[slotMentor.length];
        Arrays.fill(slotOwner, -1);
        int matched = 0;
        for (int mentee = 0; mentee < mentees.size(); mentee++) {
            if (augment(mentee, new boolean[slotOwner.length], slotOwner, slotMentor, mentees, mentors, allowed)) {
                matched++;
            }
        }
        return matched;
    }

    private static <E, R> boolean augment(int mentee, boolean[] seen, int[] slotOwner, int[] slotMentor,
            List<E> mentees, List<R> mentors, BiPredicate<E, R> allowed) {
        for (int slot = 0; slot < slotOwner.length; slot++) {
            if (seen[slot] || !allowed.test(mentees.get(mentee), mentors.get(slotMentor[slot]))) {
                continue;
            }
            seen[slot] = true;
            if (slotOwner[slot] < 0
                    || augment(slotOwner[slot], seen, slotOwner, slotMentor, mentees, mentors, allowed)) {
                slotOwner[slot] = mentee;
                return true;
            }
        }
        return false;
    }
}
