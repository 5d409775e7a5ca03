package org.mentormatch.matching.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.MatchingPolicy;

/** The packing of a pair must hold every rule and criterion defined, and the run's attribute criteria, however many. */
class PairLayoutTest {

    /** Every rule's flag, every pair criterion's and every attribute criterion's grade bits, by name. */
    private static Map<String, Long> fields(PairLayout layout) {
        Map<String, Long> fields = new LinkedHashMap<>();
        for (HardRule rule : HardRule.values()) {
            fields.put("rule " + rule, rule.bit());
        }
        for (Criterion criterion : PairLayout.PAIR_CRITERIA) {
            fields.put("criterion " + criterion, PairLayout.gradeMask(criterion));
        }
        for (int i = 0; i < layout.attributeCriteria(); i++) {
            fields.put("attribute criterion " + i, layout.attributeMask(i));
        }
        return fields;
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, MatchingPolicy.MAX_ATTRIBUTE_CRITERIA})
    void shouldGiveEveryRuleAndCriterionBitsOfItsOwn(int attributeCriteria) {
        PairLayout layout = PairLayout.of(attributeCriteria);
        Map<String, Long> fields = fields(layout);
        assertThat(fields).hasSize(HardRule.values().length + PairLayout.PAIR_CRITERIA.size() + attributeCriteria);
        fields.forEach((name, mask) -> fields.forEach((other, otherMask) -> {
            if (!name.equals(other)) {
                assertThat(mask & otherMask).as("%s overlaps %s", name, other).isZero();
            }
        }));
        long rules = 0;
        for (HardRule rule : HardRule.values()) {
            rules |= rule.bit();
        }
        assertThat(PairLayout.RULE_MASK).as("the rule mask is exactly the rule flags").isEqualTo(rules);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, MatchingPolicy.MAX_ATTRIBUTE_CRITERIA})
    void shouldKeepEveryFieldInsideThePairsPackedBytes(int attributeCriteria) {
        PairLayout layout = PairLayout.of(attributeCriteria);
        long packed = (1L << (layout.packedBytes() * Byte.SIZE)) - 1;
        fields(layout).forEach((name, mask) -> assertThat(mask & ~packed).as("%s outside the packed bytes", name).isZero());
        assertThat(layout.pairBytes()).isEqualTo(layout.packedBytes() + 1);
        assertThat(layout.packedBits()).isLessThanOrEqualTo(PairLayout.MAX_PACKED_BITS);
        assertThat(Criterion.MAX_GRADE).isLessThanOrEqualTo((int) PairLayout.GRADE_MASK);
    }

    @Test
    void shouldKeepTheLargestRunWithin500MegabytesWithoutAttributeCriteria() {
        assertThat(PairLayout.of(0)).isSameAs(PairLayout.FIXED);
        assertThat(PairLayout.FIXED.pairBytes()).as("34 bits, 5 bytes and the quality").isEqualTo(6);
        assertThat(PairTable.bytesFor(10_000, 7_000)).isEqualTo(420_000_000L + PairLayout.TAIL_BYTES);
        assertThat(PairTable.bytesFor(10_000, 7_000, MatchingPolicy.MAX_ATTRIBUTE_CRITERIA))
                .as("six attribute criteria: 52 bits, 7 bytes and the quality").isEqualTo(560_000_000L + PairLayout.TAIL_BYTES);
    }

    @Test
    void shouldRefuseMoreAttributeCriteriaThanTheLongReadHolds() {
        int fit = (PairLayout.MAX_PACKED_BITS - PairLayout.FIXED_BITS) / PairLayout.GRADE_BITS;
        assertThat(PairLayout.of(fit).packedBits()).isLessThanOrEqualTo(PairLayout.MAX_PACKED_BITS);
        assertThatThrownBy(() -> PairLayout.of(fit + 1)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, MatchingPolicy.MAX_ATTRIBUTE_CRITERIA})
    void shouldReadBackEveryFieldWithoutDisturbingTheQualityOrTheNeighbours(int attributeCriteria) {
        PairLayout layout = PairLayout.of(attributeCriteria);
        byte[] pairs = layout.allocate(3);
        layout.setQuality(pairs, 0, 100);
        layout.setQuality(pairs, 1, 37);
        layout.setQuality(pairs, 2, 100);
        layout.setBits(pairs, 0, PairLayout.RULE_MASK);
        layout.setBits(pairs, 2, PairLayout.RULE_MASK);
        long all = PairLayout.RULE_MASK;
        for (Criterion criterion : PairLayout.PAIR_CRITERIA) {
            all |= (long) Criterion.MAX_GRADE << PairLayout.gradeShift(criterion);
        }
        for (int i = 0; i < attributeCriteria; i++) {
            all |= (long) (i % 2 == 0 ? Criterion.MAX_GRADE : 3) << layout.attributeShift(i);
        }
        layout.setBits(pairs, 1, all);

        long packed = (1L << (layout.packedBytes() * Byte.SIZE)) - 1;
        long read = layout.bits(pairs, 1);
        assertThat(read & PairLayout.RULE_MASK).isEqualTo(PairLayout.RULE_MASK);
        for (Criterion criterion : PairLayout.PAIR_CRITERIA) {
            assertThat(PairLayout.gradeOf(read, criterion)).as("%s", criterion).isEqualTo(Criterion.MAX_GRADE);
        }
        for (int i = 0; i < attributeCriteria; i++) {
            assertThat((read >>> layout.attributeShift(i)) & PairLayout.GRADE_MASK).as("attribute criterion %d", i)
                    .isEqualTo(i % 2 == 0 ? Criterion.MAX_GRADE : 3);
        }
        assertThat(layout.quality(pairs, 0)).isEqualTo(100);
        assertThat(layout.quality(pairs, 1)).isEqualTo(37);
        assertThat(layout.bits(pairs, 0) & packed).isEqualTo(PairLayout.RULE_MASK);
        assertThat(layout.bits(pairs, 2) & packed).isEqualTo(PairLayout.RULE_MASK);
        assertThat(layout.quality(pairs, 2)).isEqualTo(100);
    }
}
