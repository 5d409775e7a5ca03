package org.mentormatch.attribute;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.mentormatch.refusal.Violation;

/**
 * Checks a profile's attribute values against its programme's list: every key an attribute of the programme that
 * applies to the profile's side, every value of the attribute's type (a CHOICE one of its options, a MULTI_CHOICE
 * distinct options, a NUMBER a finite number within ±1,000,000,000, a BOOLEAN true or false).
 */
public final class AttributeValues {

    private static final BigDecimal MAX_NUMBER = BigDecimal.valueOf(1_000_000_000);

    private AttributeValues() {
    }

    /** What is wrong with the values, each problem naming {@code attributes.<key>}; empty if nothing. */
    public static List<Violation> problems(Map<String, Object> values, List<ProgrammeAttribute> attributes,
            AppliesTo side) {
        List<Violation> problems = new ArrayList<>();
        if (values == null) {
            return problems;
        }
        values.forEach((key, value) -> {
            String problem = problem(key, value, attributes, side);
            if (problem != null) {
                problems.add(new Violation("attributes." + key, problem));
            }
        });
        return problems;
    }

    /** The values as stored: sorted by key, absent ones (null, an empty selection) left out. */
    public static Map<String, Object> normalised(Map<String, Object> values) {
        Map<String, Object> kept = new TreeMap<>();
        if (values != null) {
            values.forEach((key, value) -> {
                if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
                    kept.put(key, value);
                }
            });
        }
        return kept;
    }

    /** The values the list still allows: what a profile keeps when the programme's list changes. */
    static Map<String, Object> pruned(Map<String, Object> values, List<ProgrammeAttribute> attributes, AppliesTo side) {
        Map<String, Object> kept = new TreeMap<>();
        values.forEach((key, value) -> {
            if (problem(key, value, attributes, side) == null) {
                kept.put(key, value);
            } else if (value instanceof List<?> selected) {
                // A multiple choice keeps the options that remain.
                attributes.stream().filter(a -> a.key().equals(key) && a.type() == AttributeType.MULTI_CHOICE
                        && a.appliesTo().includes(side)).findFirst().ifPresent(attribute -> {
                            List<?> remaining = selected.stream().filter(attribute.options()::contains).distinct().toList();
                            if (!remaining.isEmpty()) {
                                kept.put(key, remaining);
                            }
                        });
            }
        });
        return kept;
    }

    private static String problem(String key, Object value, List<ProgrammeAttribute> attributes, AppliesTo side) {
        ProgrammeAttribute attribute = attributes.stream().filter(a -> a.key().equals(key)).findFirst().orElse(null);
        if (attribute == null) {
            return "is not an attribute of this programme";
        }
        if (!attribute.appliesTo().includes(side)) {
            return "is an attribute of %ss only".formatted(attribute.appliesTo().name().toLowerCase());
        }
        if (value == null) {
            return null;
        }
        return switch (attribute.type()) {
            case CHOICE -> value instanceof String choice && attribute.options().contains(choice)
                    ? null : "must be one of " + attribute.options();
            case MULTI_CHOICE -> value instanceof List<?> selected && attribute.options().containsAll(selected)
                    && new HashSet<>(selected).size() == selected.size()
                    ? null : "must be a list of distinct options of " + attribute.options();
            case NUMBER -> value instanceof Number number && inRange(number)
                    ? null : "must be a number from -1000000000 to 1000000000";
            case BOOLEAN -> value instanceof Boolean ? null : "must be true or false";
        };
    }

    private static boolean inRange(Number number) {
        if (number instanceof Double || number instanceof Float) {
            double d = number.doubleValue();
            return Double.isFinite(d) && Math.abs(d) <= MAX_NUMBER.doubleValue();
        }
        return new BigDecimal(number.toString()).abs().compareTo(MAX_NUMBER) <= 0;
    }
}
