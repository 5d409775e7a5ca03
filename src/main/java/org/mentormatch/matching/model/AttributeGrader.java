package org.mentormatch.matching.model;

import static org.mentormatch.matching.policy.Criterion.MAX_GRADE;

import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.mentormatch.matching.policy.AttributeCompare;
import org.mentormatch.matching.policy.AttributeCriterion;

/**
 * Grades a pair on the policy's attribute criteria, 0-4, from values encoded once per run: a choice, yes/no or
 * number as one double (a choice by its option's id), a multiple choice as sorted option ids. A value missing on
 * either side, or an empty selection, is the neutral 2, as for the fixed criteria. Not thread-safe while encoding.
 */
final class AttributeGrader {

    private static final int NEUTRAL = 2;
    private static final long[] NONE = new long[0];

    /** One profile's values of the run's attribute criteria, by the criterion's index in the policy. */
    record Values(double[] scalars, long[][] selections) {
    }

    private final List<AttributeCriterion> criteria;
    // Options compare as written: two options differing only in case are two options.
    private final Vocabulary options = new Vocabulary(UnaryOperator.identity());

    AttributeGrader(List<AttributeCriterion> criteria) {
        this.criteria = criteria;
    }

    Values encode(Map<String, Object> values) {
        double[] scalars = new double[criteria.size()];
        long[][] selections = new long[criteria.size()][];
        for (int i = 0; i < criteria.size(); i++) {
            Object value = values.get(criteria.get(i).key());
            scalars[i] = scalar(value);
            selections[i] = value instanceof List<?> list
                    ? options.set(list.stream().filter(String.class::isInstance).map(String.class::cast).toList())
                    : NONE;
        }
        return new Values(scalars, selections);
    }

    int grade(int index, Values mentee, Values mentor) {
        AttributeCompare compare = criteria.get(index).compare();
        if (compare == AttributeCompare.OVERLAP) {
            return overlap(mentee.selections()[index], mentor.selections()[index]);
        }
        double a = mentee.scalars()[index];
        double b = mentor.scalars()[index];
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return NEUTRAL;
        }
        boolean full = switch (compare) {
            case SAME -> a == b;
            case DIFFERENT -> a != b;
            case MENTOR_AT_LEAST -> b >= a;
            case OVERLAP -> throw new IllegalStateException("graded above");
        };
        return full ? MAX_GRADE : 0;
    }

    /** None shared 0; one 3; two, or every value of the side that selected fewer, 4. */
    static int overlap(long[] mentee, long[] mentor) {
        int menteeCount = size(mentee);
        int mentorCount = size(mentor);
        if (menteeCount == 0 || mentorCount == 0) {
            return NEUTRAL;
        }
        int shared = Vocabulary.countCommon(mentee, mentor, 2);
        if (shared == 0) {
            return 0;
        }
        return shared >= Math.min(2, Math.min(menteeCount, mentorCount)) ? MAX_GRADE : MAX_GRADE - 1;
    }

    private static int size(long[] set) {
        int size = 0;
        for (long word : set) {
            size += Long.bitCount(word);
        }
        return size;
    }

    /** A choice by its option's id, yes/no as 1/0, a number as itself; NaN when missing or a selection. */
    private double scalar(Object value) {
        if (value instanceof String choice) {
            int id = options.id(choice);
            return id == Vocabulary.UNKNOWN ? Double.NaN : id;
        } else if (value instanceof Boolean yes) {
            return yes ? 1 : 0;
        } else if (value instanceof Number number) {
            return number.doubleValue();
        }
        return Double.NaN;
    }
}
