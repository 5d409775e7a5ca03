package org.mentormatch.report;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.mentormatch.attention.Attention;
import org.mentormatch.cohort.CohortService;
import org.mentormatch.match.AttentionKind;
import org.mentormatch.match.AttentionReason;
import org.mentormatch.outcome.OutcomeType;
import org.mentormatch.programme.ProgrammeService;
import org.mentormatch.report.ReportQueries.Scope;

/** A cohort's report, a programme's cohorts side by side, and outcomes across programmes by year. */
@ApplicationScoped
@Transactional(SUPPORTS)
public class ReportService {

    private final ProgrammeService programmes;
    private final CohortService cohorts;
    private final ReportQueries queries;
    private final Attention attention;

    public ReportService(ProgrammeService programmes, CohortService cohorts, ReportQueries queries, Attention attention) {
        this.programmes = programmes;
        this.cohorts = cohorts;
        this.queries = queries;
        this.attention = attention;
    }

    public CohortReport cohort(UUID programmeId, UUID cohortId) {
        cohorts.require(programmeId, cohortId);
        return withAttention(queries.reports(Scope.COHORT, cohortId).get(0));
    }

    public ProgrammeReport programme(UUID programmeId) {
        programmes.require(programmeId);
        return new ProgrammeReport(programmeId,
                queries.reports(Scope.PROGRAMME, programmeId).stream().map(this::withAttention).toList());
    }

    private CohortReport withAttention(CohortReport report) {
        Map<AttentionKind, Long> counts = new EnumMap<>(report.needingAttention());
        for (List<AttentionReason> reasons : attention.forCohort(report.cohortId()).values()) {
            reasons.stream().map(AttentionReason::kind).distinct().forEach(kind -> counts.merge(kind, 1L, Long::sum));
        }
        return report.withAttention(counts);
    }

    /** Each year's cohorts' figures summed, then small ones hidden: a sum of hidden figures would reveal them. */
    public OutcomesReport outcomesByYear() {
        Map<Integer, List<CohortReport>> byYear = new TreeMap<>();
        for (CohortReport report : queries.reports(Scope.EVERY_PROGRAMME, null)) {
            byYear.computeIfAbsent(report.startsOn().getYear(), year -> new ArrayList<>()).add(report);
        }
        return new OutcomesReport(byYear.entrySet().stream().map(year -> figures(year.getKey(), year.getValue())).toList());
    }

    private static YearFigures figures(int year, List<CohortReport> reports) {
        long active = reports.stream().mapToLong(report -> report.jobRate().activeMentees()).sum();
        long withJob = reports.stream().mapToLong(report -> report.jobRate().withJob()).sum();
        Map<OutcomeType, String> outcomes = new EnumMap<>(OutcomeType.class);
        for (OutcomeType type : OutcomeType.values()) {
            outcomes.put(type, SmallCounts.count(reports.stream().mapToLong(report -> report.outcomesByType().get(type)).sum()));
        }
        return new YearFigures(year, reports.size(),
                SmallCounts.count(reports.stream().mapToLong(CohortReport::mentees).sum()),
                SmallCounts.count(reports.stream().mapToLong(CohortReport::matched).sum()),
                SmallCounts.count(active), SmallCounts.count(withJob), SmallCounts.rate(withJob, active), outcomes);
    }
}
