package org.mentormatch.report;

/**
 * The disclosure rule of reports that cross programmes: a figure about fewer than {@value #THRESHOLD} people is
 * shown as {@value #HIDDEN}, never exact, so that no one can be recognised in a small group. A rate is about the
 * people of its numerator and of its denominator, so either being small hides it.
 */
final class SmallCounts {

    static final int THRESHOLD = 5;
    static final String HIDDEN = "<5";

    private SmallCounts() {
    }

    static String count(long people) {
        return people < THRESHOLD ? HIDDEN : Long.toString(people);
    }

    static String rate(long part, long whole) {
        return part < THRESHOLD || whole < THRESHOLD ? HIDDEN : Ratio.of(part, whole).toString();
    }
}
