package org.mentormatch.matching.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import org.mentormatch.matching.policy.Criterion;

/**
 * How one pair is stored in the {@link PairTable}'s {@code byte[]}: five bytes at {@code pair * PAIR_BYTES}, an
 * {@code int} (little-endian) packing the hard-rule flags (bits 0-5) and the eight criterion grades (3 bits each
 * from bit 8; grades are 0-4, worth 25 points each), then one byte of quality. A score calculation reads both for
 * the same pair, so they share one cache line rather than costing a miss in each of two arrays: 10,000 mentees ×
 * 7,000 mentors take 350 MB, where a byte per criterion would take 700 MB.
 */
final class PairLayout {

    static final int PAIR_BYTES = Integer.BYTES + Byte.BYTES;
    static final int GRADE_SHIFT = 8;
    static final int GRADE_BITS = 3;
    // 8 pair criteria × 3 bits from bit 8 fill the int exactly; a ninth pair criterion needs a long.
    static final int GRADE_MASK = (1 << GRADE_BITS) - 1;
    static final int RULE_MASK = (1 << GRADE_SHIFT) - 1;
    static final int POINTS_PER_GRADE = 100 / Criterion.MAX_GRADE;
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);

    private PairLayout() {
    }

    static int bits(byte[] pairs, int pair) {
        return (int) INT.get(pairs, pair * PAIR_BYTES);
    }

    static void setBits(byte[] pairs, int pair, int bits) {
        INT.set(pairs, pair * PAIR_BYTES, bits);
    }

    static int quality(byte[] pairs, int pair) {
        return pairs[pair * PAIR_BYTES + Integer.BYTES];
    }

    static void setQuality(byte[] pairs, int pair, int quality) {
        pairs[pair * PAIR_BYTES + Integer.BYTES] = (byte) quality;
    }

    static int gradeShift(Criterion criterion) {
        return GRADE_SHIFT + GRADE_BITS * criterion.ordinal();
    }

    static int gradeOf(int bits, Criterion criterion) {
        return (bits >>> gradeShift(criterion)) & GRADE_MASK;
    }

    static int flag(HardRule rule, boolean broken) {
        return broken ? rule.bit() : 0;
    }
}
