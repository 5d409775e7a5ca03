package org.mentormatch.matching.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.matching.policy.Criterion;

/** The packing of a pair must hold every rule and criterion defined, however many there are. */
class PairLayoutTest {

    /** Every rule's flag and every pair criterion's grade bits, by name. */
    private static Map<String, Long> fields() {
        Map<String, Long> fields = new LinkedHashMap<>();
        for (HardRule rule : HardRule.values()) {
            fields.put("rule " + rule, rule.bit());
        }
        for (Criterion criterion : PairLayout.PAIR_CRITERIA) {
            fields.put("criterion " + criterion, PairLayout.gradeMask(criterion));
        }
        return fields;
    }

    @Test
    void shouldGiveEveryRuleAndCriterionBitsOfItsOwn() {
        Map<String, Long> fields = fields();
        assertThat(fields).hasSize(HardRule.values().length + PairLayout.PAIR_CRITERIA.size());
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

    private static final long PACKED = (1L << (PairLayout.PACKED_BYTES * Byte.SIZE)) - 1;

    @Test
    void shouldKeepEveryFieldInsideThePairsPackedBytes() {
        long packed = PACKED;
        fields().forEach((name, mask) -> assertThat(mask & ~packed).as("%s outside the packed bytes", name).isZero());
        assertThat(PairLayout.PAIR_BYTES).isEqualTo(PairLayout.PACKED_BYTES + 1);
        assertThat(Criterion.MAX_GRADE).isLessThanOrEqualTo((int) PairLayout.GRADE_MASK);
    }

    @Test
    void shouldReadBackEveryFieldWithoutDisturbingTheQualityOrTheNeighbours() {
        byte[] pairs = PairLayout.allocate(3);
        PairLayout.setQuality(pairs, 0, 100);
        PairLayout.setQuality(pairs, 1, 37);
        PairLayout.setQuality(pairs, 2, 100);
        PairLayout.setBits(pairs, 0, PairLayout.RULE_MASK);
        PairLayout.setBits(pairs, 2, PairLayout.RULE_MASK);
        long all = PairLayout.RULE_MASK;
        for (Criterion criterion : PairLayout.PAIR_CRITERIA) {
            all |= (long) Criterion.MAX_GRADE << PairLayout.gradeShift(criterion);
        }
        PairLayout.setBits(pairs, 1, all);

        long read = PairLayout.bits(pairs, 1);
        assertThat(read & PairLayout.RULE_MASK).isEqualTo(PairLayout.RULE_MASK);
        for (Criterion criterion : PairLayout.PAIR_CRITERIA) {
            assertThat(PairLayout.gradeOf(read, criterion)).as("%s", criterion).isEqualTo(Criterion.MAX_GRADE);
        }
        assertThat(PairLayout.quality(pairs, 0)).isEqualTo(100);
        assertThat(PairLayout.quality(pairs, 1)).isEqualTo(37);
        assertThat(PairLayout.bits(pairs, 0) & PACKED).isEqualTo(PairLayout.RULE_MASK);
        assertThat(PairLayout.bits(pairs, 2) & PACKED).isEqualTo(PairLayout.RULE_MASK);
        assertThat(PairLayout.quality(pairs, 2)).isEqualTo(100);
    }
}
