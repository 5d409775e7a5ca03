package org.mentormatch.matching.model;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.List;
import org.mentormatch.matching.policy.Criterion;

/**
 * How one pair is stored in the {@link PairTable}'s {@code byte[]}, computed per run from the rules and criteria
 * defined and the policy's attribute criteria: at {@code pair * pairBytes}, {@code packedBytes} little-endian bytes
 * pack one flag bit per {@link HardRule} (from bit 0), then each fixed pair criterion's grade (3 bits each, in
 * declaration order), then each attribute criterion's grade (3 bits each, in the policy's order); grades are 0-4,
 * worth 25 points each. Then one byte of quality. A score calculation reads both for the same pair, so they share
 * one cache line rather than costing a miss in each of two arrays. Today's 7 rules and 9 criteria take 34 bits, 5
 * bytes, so a pair takes 6 and 10,000 mentees × 7,000 mentors 420 MB; each attribute criterion adds 3 bits, a
 * further byte every 8 bits (2 criteria: 490 MB, 6: 560 MB). The packed bits are read as one {@code long} (an unaligned plain
 * read, as cheap as an int), so the array carries {@link #TAIL_BYTES} of padding for the last pair's read; up to
 * {@link #MAX_PACKED_BITS} bits fit.
 */
final class PairLayout {

    static final List<Criterion> PAIR_CRITERIA =
            Arrays.stream(Criterion.values()).filter(Criterion::isPairCriterion).toList();
    static final int RULE_BITS = HardRule.values().length;
    static final int GRADE_BITS = 3;
    /** The rules' flags and the fixed criteria's grades: the layout of a policy without attribute criteria. */
    static final int FIXED_BITS = RULE_BITS + GRADE_BITS * PAIR_CRITERIA.size();
    /** A long less the quality byte that follows the packed bytes. */
    static final int MAX_PACKED_BITS = Long.SIZE - Byte.SIZE;
    static final int TAIL_BYTES = Long.BYTES;
    static final long GRADE_MASK = (1L << GRADE_BITS) - 1;
    static final long RULE_MASK = (1L << RULE_BITS) - 1;
    static final int POINTS_PER_GRADE = 100 / Criterion.MAX_GRADE;
    // Indexed by Criterion.ordinal(); -1 for criteria that judge the whole plan and so have no grade here.
    private static final int[] GRADE_SHIFTS = new int[Criterion.values().length];
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    /** The layout of a policy without attribute criteria. */
    static final PairLayout FIXED;

    static {
        Arrays.fill(GRADE_SHIFTS, -1);
        for (int i = 0; i < PAIR_CRITERIA.size(); i++) {
            GRADE_SHIFTS[PAIR_CRITERIA.get(i).ordinal()] = RULE_BITS + GRADE_BITS * i;
        }
        FIXED = new PairLayout(0);
    }

    private final int attributeCriteria;
    private final int packedBits;
    private final int packedBytes;
    private final int pairBytes;

    private PairLayout(int attributeCriteria) {
        this.attributeCriteria = attributeCriteria;
        this.packedBits = FIXED_BITS + GRADE_BITS * attributeCriteria;
        if (packedBits > MAX_PACKED_BITS) {
            throw new IllegalArgumentException("%d packed bits (%d attribute criteria) do not fit the long read of a pair"
                    .formatted(packedBits, attributeCriteria));
        }
        this.packedBytes = (packedBits + Byte.SIZE - 1) / Byte.SIZE;
        this.pairBytes = packedBytes + Byte.BYTES;
    }

    /** The layout of a run whose policy has this many attribute criteria. */
    static PairLayout of(int attributeCriteria) {
        return attributeCriteria == 0 ? FIXED : new PairLayout(attributeCriteria);
    }

    int attributeCriteria() {
        return attributeCriteria;
    }

    int packedBits() {
        return packedBits;
    }

    int packedBytes() {
        return packedBytes;
    }

    int pairBytes() {
        return pairBytes;
    }

    /** A zeroed array for this many pairs, padded for the long read of the last one. */
    byte[] allocate(int pairCount) {
        return new byte[Math.addExact(Math.multiplyExact(pairCount, pairBytes), TAIL_BYTES)];
    }

    /** Bytes the pair array of a run this size takes. */
    long bytesFor(long pairCount) {
        return pairCount * pairBytes + TAIL_BYTES;
    }

    /** The pair's packed bits; bits above {@link #packedBits()} belong to its quality and the next pair. */
    long bits(byte[] pairs, int pair) {
        return (long) LONG.get(pairs, pair * pairBytes);
    }

    /** Writes only the pair's own packed bytes: other threads grade the neighbouring pairs at the same time. */
    void setBits(byte[] pairs, int pair, long bits) {
        int offset = pair * pairBytes;
        for (int i = 0; i < packedBytes; i++) {
            pairs[offset + i] = (byte) (bits >>> (Byte.SIZE * i));
        }
    }

    int quality(byte[] pairs, int pair) {
        return pairs[pair * pairBytes + packedBytes];
    }

    void setQuality(byte[] pairs, int pair, int quality) {
        pairs[pair * pairBytes + packedBytes] = (byte) quality;
    }

    /** Where the grade of the policy's attribute criterion {@code index} sits. */
    int attributeShift(int index) {
        if (index < 0 || index >= attributeCriteria) {
            throw new IndexOutOfBoundsException("Attribute criterion %d of %d".formatted(index, attributeCriteria));
        }
        return FIXED_BITS + GRADE_BITS * index;
    }

    /** The bits the grade of attribute criterion {@code index} occupies. */
    long attributeMask(int index) {
        return GRADE_MASK << attributeShift(index);
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
