package org.mentormatch.matching.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.mentormatch.matching.policy.Criterion;

/**
 * How one pair is stored in the {@link PairTable}'s {@code byte[]}, computed from the rules and criteria defined:
 * at {@code pair * PAIR_BYTES}, {@link #PACKED_BYTES} little-endian bytes pack one flag bit per {@link HardRule}
 * (from bit 0), then each pair criterion's grade (3 bits each, in declaration order; grades are 0-4, worth 25
 * points each), then one byte of quality. A score calculation reads both for the same pair, so they share one cache
 * line rather than costing a miss in each of two arrays. Today's rules and 8 criteria fit 4 bytes, so a pair takes 5
 * and 10,000 mentees × 7,000 mentors 350 MB; each further criterion adds 3 bits, a further byte every 8 bits
 * (420 MB at 6 bytes). The packed bits are read as one {@code long} (an unaligned plain read, as cheap as an int), so the
 * array carries {@link #TAIL_BYTES} of padding for the last pair's read; up to 56 bits fit.
 */
final class PairLayout {

    static final List<Criterion> PAIR_CRITERIA =
            Arrays.stream(Criterion.values()).filter(Criterion::isPairCriterion).toList();
    static final int RULE_BITS = HardRule.values().length;
    static final int GRADE_BITS = 3;
    static final int PACKED_BITS = RULE_BITS + GRADE_BITS * PAIR_CRITERIA.size();
    static final int PACKED_BYTES = (PACKED_BITS + Byte.SIZE - 1) / Byte.SIZE;
    static final int PAIR_BYTES = PACKED_BYTES + Byte.BYTES;
    static final int TAIL_BYTES = Long.BYTES;
    static final long GRADE_MASK = (1L << GRADE_BITS) - 1;
    static final long RULE_MASK = (1L << RULE_BITS) - 1;
    static final int POINTS_PER_GRADE = 100 / Criterion.MAX_GRADE;
    // Indexed by Criterion.ordinal(); -1 for criteria that judge the whole plan and so have no grade here.
    private static final int[] GRADE_SHIFTS = new int[Criterion.values().length];
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    static {
        if (PACKED_BITS > Long.SIZE - Byte.SIZE) {
            throw new IllegalStateException("%d packed bits do not fit the long read of a pair"
                    .formatted(PACKED_BITS));
        }
        Arrays.fill(GRADE_SHIFTS, -1);
        for (int i = 0; i < PAIR_CRITERIA.size(); i++) {
            GRADE_SHIFTS[PAIR_CRITERIA.get(i).ordinal()] = RULE_BITS + GRADE_BITS * i;
        }
    }

    private PairLayout() {
    }

    /** A zeroed array for this many pairs, padded for the long read of the last one. */
    static byte[] allocate(int pairCount) {
        return new byte[Math.addExact(Math.multiplyExact(pairCount, PAIR_BYTES), TAIL_BYTES)];
    }

    /** The pair's packed bits; bits above {@link #PACKED_BITS} belong to its quality and the next pair. */
    static long bits(byte[] pairs, int pair) {
        return (long) LONG.get(pairs, pair * PAIR_BYTES);
    }

    /** Writes only the pair's own packed bytes: other threads grade the neighbouring pairs at the same time. */
    static void setBits(byte[] pairs, int pair, long bits) {
        int offset = pair * PAIR_BYTES;
        for (int i = 0; i < PACKED_BYTES; i++) {
            pairs[offset + i] = (byte) (bits >>> (Byte.SIZE * i));
        }
    }

    static int quality(byte[] pairs, int pair) {
        return pairs[pair * PAIR_BYTES + PACKED_BYTES];
    }

    static void setQuality(byte[] pairs, int pair, int quality) {
        pairs[pair * PAIR_BYTES + PACKED_BYTES] = (byte) quality;
    }

    static int gradeShift(Criterion criterion) {
        int shift = GRADE_SHIFTS[criterion.ordinal()];
        if (shift < 0) {
            throw new IllegalArgumentException(criterion + " judges the whole plan, not a pair");
        }
        return shift;
    }

    static int gradeOf(long bits, Criterion criterion) {
        return (int) ((bits >>> gradeShift(criterion)) & GRADE_MASK);
    }

    /** The bits a criterion's grade occupies. */
    static long gradeMask(Criterion criterion) {
        return GRADE_MASK << gradeShift(criterion);
    }

    static long flag(HardRule rule, boolean broken) {
        return broken ? rule.bit() : 0;
    }
}
