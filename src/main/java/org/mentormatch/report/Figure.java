package org.mentormatch.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** One named figure of a report, as its CSV rows list them: {@code jobRateByField.SAME_FIELD.rate}, 0.41. */
record Figure(String name, Object value) {

    /** Every figure of the report, in the order of its JSON, with maps and groups spelt out as dotted names. */
    static List<Figure> of(CohortReport report) {
        List<Figure> figures = new ArrayList<>();
        figures.add(new Figure("mentees", report.mentees()));
        figures.add(new Figure("mentors", report.mentors()));
        figures.add(new Figure("matched", report.matched()));
        figures.add(new Figure("active", report.active()));
        figures.add(new Figure("ended", report.ended()));
        add(figures, "menteesWithdrawn", report.menteesWithdrawn());
        add(figures, "mentorsWithdrawn", report.mentorsWithdrawn());
        figures.add(new Figure("medianDaysToMatch", report.medianDaysToMatch()));
        figures.add(new Figure("checkInsPerActivePair", report.checkInsPerActivePair()));
        figures.add(new Figure("meanFeedbackFit", report.meanFeedbackFit()));
        add(figures, "needingAttention", report.needingAttention());
        add(figures, "outcomesByType", report.outcomesByType());
        add(figures, "jobRate", report.jobRate());
        report.jobRateByQuality().forEach(rate -> add(figures, "jobRateByQuality." + rate.group(), rate));
        report.jobRateByField().forEach(rate -> add(figures, "jobRateByField." + rate.group(), rate));
        return figures;
    }

    private static void add(List<Figure> figures, String prefix, Map<? extends Enum<?>, Long> counts) {
        counts.forEach((key, count) -> figures.add(new Figure(prefix + "." + key.name(), count)));
    }

    private static void add(List<Figure> figures, String prefix, JobRate rate) {
        figures.add(new Figure(prefix + ".activeMentees", rate.activeMentees()));
        figures.add(new Figure(prefix + ".withJob", rate.withJob()));
        figures.add(new Figure(prefix + ".rate", rate.rate()));
    }
}
