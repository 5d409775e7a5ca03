package org.mentormatch.report;

import static jakarta.transaction.Transactional.TxType.SUPPORTS;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.match.AttentionKind;
import org.mentormatch.outcome.OutcomeType;
import org.mentormatch.profile.WithdrawalReason;

/**
 * Computes cohorts' figures with SQL aggregates, a few rows per cohort whatever its size: no participant, match or
 * check-in row is loaded into Java. Row-level security applies, so a caller only ever counts what it may see.
 */
@ApplicationScoped
@Transactional(SUPPORTS)
class ReportQueries {

    /** Which cohorts a report covers: a SQL condition on cohort {@code c} and its parameter {@code :scope}, if any. */
    enum Scope {
        COHORT("c.id = :scope"),
        PROGRAMME("c.programme_id = :scope"),
        EVERY_PROGRAMME("true");

        final String condition;

        Scope(String condition) {
            this.condition = condition;
        }
    }

    /**
     * One row per cohort; a mentee's first publication counts for the median (UTC days). Check-ins are reached
     * through the matches only: with check_in.cohort_id in the condition too, PostgreSQL intersected the whole
     * cohort's check-in index once per match (4 s for 5,000 pairs with 10 check-ins each, 40 ms without).
     */
    private static final String COHORT_FIGURES = """
            select c.id, c.name, c.starts_on,
                (select count(*) from mentee e where e.cohort_id = c.id),
                (select count(*) from mentor r where r.cohort_id = c.id),
                (select count(distinct m.mentee_id) from match m where m.cohort_id = c.id and m.published_at is not null),
                (select count(*) from match m where m.cohort_id = c.id and m.status = 'PUBLISHED'),
                (select count(*) from match m where m.cohort_id = c.id and m.status = 'ENDED' and m.published_at is not null),
                (select count(*) from match m join check_in k on k.match_id = m.id
                    where m.cohort_id = c.id and m.status = 'PUBLISHED'),
                (select avg(f.fit) from feedback f where f.cohort_id = c.id),
                (select percentile_cont(0.5) within group (order by days) from (
                    select cast(min(m.published_at at time zone 'UTC') as date) - c.starts_on as days
                    from match m where m.cohort_id = c.id and m.published_at is not null group by m.mentee_id) first_match)
            from cohort c where %s
            order by c.starts_on, c.id""";

    private static final String WITHDRAWN = """
            select p.cohort_id, p.kind, p.withdrawal_reason, count(*) from (
                select cohort_id, 'MENTEE' as kind, withdrawal_reason from mentee where withdrawn_on is not null
                union all
                select cohort_id, 'MENTOR', withdrawal_reason from mentor where withdrawn_on is not null) p
            join cohort c on c.id = p.cohort_id where %s
            group by 1, 2, 3""";

    private static final String OUTCOMES = """
            select o.cohort_id, o.type, count(*) from outcome o join cohort c on c.id = o.cohort_id where %s
            group by 1, 2""";

    /**
     * The active mentees (see {@link JobRate}) counted by the band and field of their latest published match,
     * and how many of them have a JOB outcome.
     */
    private static final String ACTIVE_MENTEES = """
            with latest as (
                select distinct on (m.mentee_id) m.mentee_id, m.mentor_id, m.quality
                from match m join cohort c on c.id = m.cohort_id
                where %s and m.published_at is not null
                order by m.mentee_id, m.published_at desc, m.id),
            active as (
                select e.cohort_id, l.quality, r.field = e.field as same_field,
                    exists (select 1 from outcome o where o.mentee_id = e.id and o.type = 'JOB') as has_job
                from latest l join mentee e on e.id = l.mentee_id join mentor r on r.id = l.mentor_id
                where e.withdrawn_on is null or exists (select 1 from outcome o
                    where o.mentee_id = e.id and o.type = 'JOB' and o.achieved_on <= e.withdrawn_on))
            select cohort_id,
                case when quality is null then null
                     when quality < 50 then 'QUALITY_BELOW_50'
                     when quality < 70 then 'QUALITY_50_TO_69'
                     else 'QUALITY_70_AND_ABOVE' end,
                same_field, count(*), count(*) filter (where has_job)
            from active group by 1, 2, 3""";

    static final List<String> QUALITY_BANDS = List.of("QUALITY_BELOW_50", "QUALITY_50_TO_69", "QUALITY_70_AND_ABOVE");
    static final String SAME_FIELD = "SAME_FIELD";
    static final String OTHER_FIELD = "OTHER_FIELD";
    static final String ALL = "ALL";

    /** The reports of the cohorts in scope, by start date; {@code id} is null for every programme. */
    List<CohortReport> reports(Scope scope, UUID id) {
        Map<UUID, Map<String, Map<WithdrawalReason, Long>>> withdrawn = new HashMap<>();
        for (Object[] row : rows(WITHDRAWN, scope, id)) {
            withdrawn.computeIfAbsent(uuid(row[0]), cohort -> new HashMap<>())
                    .computeIfAbsent((String) row[1], kind -> zeros(WithdrawalReason.class))
                    .put(WithdrawalReason.valueOf((String) row[2]), number(row[3]));
        }
        Map<UUID, Map<OutcomeType, Long>> outcomes = new HashMap<>();
        for (Object[] row : rows(OUTCOMES, scope, id)) {
            outcomes.computeIfAbsent(uuid(row[0]), cohort -> zeros(OutcomeType.class))
                    .put(OutcomeType.valueOf((String) row[1]), number(row[2]));
        }
        Map<UUID, JobRates> jobRates = new HashMap<>();
        for (Object[] row : rows(ACTIVE_MENTEES, scope, id)) {
            jobRates.computeIfAbsent(uuid(row[0]), cohort -> new JobRates())
                    .add((String) row[1], (Boolean) row[2], number(row[3]), number(row[4]));
        }
        List<CohortReport> reports = new ArrayList<>();
        for (Object[] row : rows(COHORT_FIGURES, scope, id)) {
            UUID cohortId = uuid(row[0]);
            long active = number(row[6]);
            JobRates rates = jobRates.getOrDefault(cohortId, new JobRates());
            Map<String, Map<WithdrawalReason, Long>> left = withdrawn.getOrDefault(cohortId, Map.of());
            reports.add(new CohortReport(cohortId, (String) row[1], date(row[2]),
                    number(row[3]), number(row[4]), number(row[5]), active, number(row[7]),
                    left.getOrDefault("MENTEE", zeros(WithdrawalReason.class)),
                    left.getOrDefault("MENTOR", zeros(WithdrawalReason.class)),
                    decimal(row[10]),
                    Ratio.of(number(row[8]), active),
                    decimal(row[9]),
                    zeros(AttentionKind.class),
                    outcomes.getOrDefault(cohortId, zeros(OutcomeType.class)),
                    rates.total(), rates.byQuality(), rates.byField()));
        }
        return reports;
    }

    /** Active mentees and those with a job, summed into the groups a report shows. */
    private static final class JobRates {
        private final Map<String, long[]> groups = new LinkedHashMap<>();

        void add(String band, boolean sameField, long mentees, long withJob) {
            add(ALL, mentees, withJob);
            if (band != null) {
                add(band, mentees, withJob);
            }
            add(sameField ? SAME_FIELD : OTHER_FIELD, mentees, withJob);
        }

        private void add(String group, long mentees, long withJob) {
            long[] counts = groups.computeIfAbsent(group, key -> new long[2]);
            counts[0] += mentees;
            counts[1] += withJob;
        }

        JobRate total() {
            return rate(ALL);
        }

        List<JobRate> byQuality() {
            return QUALITY_BANDS.stream().map(this::rate).toList();
        }

        List<JobRate> byField() {
            return List.of(rate(SAME_FIELD), rate(OTHER_FIELD));
        }

        private JobRate rate(String group) {
            long[] counts = groups.getOrDefault(group, new long[2]);
            return JobRate.of(group, counts[0], counts[1]);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(String sql, Scope scope, UUID id) {
        Query query = Panache.getEntityManager().createNativeQuery(sql.formatted(scope.condition));
        if (scope != Scope.EVERY_PROGRAMME) {
            query.setParameter("scope", id);
        }
        return query.getResultList();
    }

    private static <K extends Enum<K>> Map<K, Long> zeros(Class<K> kind) {
        Map<K, Long> counts = new EnumMap<>(kind);
        for (K key : kind.getEnumConstants()) {
            counts.put(key, 0L);
        }
        return counts;
    }

    private static UUID uuid(Object value) {
        return value instanceof UUID id ? id : UUID.fromString(value.toString());
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Double decimal(Object value) {
        return value == null ? null : Ratio.round(((Number) value).doubleValue());
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate day ? day : ((java.sql.Date) value).toLocalDate();
    }
}
