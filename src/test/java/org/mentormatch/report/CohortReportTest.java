package org.mentormatch.report;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.path.json.config.JsonPathConfig;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.report.YearOfACohort.Pair;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.TestCohort;
import org.w3c.dom.Document;

/**
 * One cohort's year with known numbers: eight published pairs (half with a mentor of the mentee's field), two of
 * them ended by withdrawals, two mentees never matched, outcomes, check-ins and feedback. Every figure of the
 * report is compared with one computed here from what was built.
 */
@QuarkusTest
class CohortReportTest {

    private static final LocalDate STARTS_ON = LocalDate.of(2025, 9, 1);
    private static final String FIELD = "2512";
    private static final String OTHER_FIELD = "2511";

    @Inject
    EntityManager database;

    private TestCohort cohort;
    private final List<Pair> pairs = new ArrayList<>();
    private final Map<Pair, Integer> checkIns = new HashMap<>();
    private final List<Integer> fits = List.of(5, 4, 2, 1);
    private final List<Long> daysToMatch = new ArrayList<>();

    @BeforeEach
    void playTheYear() {
        cohort = TestCohort.create();
        YearOfACohort year = new YearOfACohort(cohort, database);
        for (int i = 0; i < 8; i++) {
            pairs.add(year.pair(FIELD, sharesField(i) ? FIELD : OTHER_FIELD));
        }
        String unmatchedWithJob = year.mentee(FIELD);
        String unmatchedWithdrawn = year.mentee(FIELD);
        year.publish();
        for (int i = 0; i < pairs.size(); i++) {
            LocalDate published = STARTS_ON.plusDays(3L * i);
            year.publishedOn(pairs.get(i), published);
            daysToMatch.add(ChronoUnit.DAYS.between(STARTS_ON, published));
        }
        LocalDate beforeToday = LocalDate.now().minusDays(30);
        for (int i : List.of(0, 1, 2)) {
            year.outcome(pairs.get(i).menteeId(), "JOB", beforeToday);
        }
        year.outcome(pairs.get(3).menteeId(), "EDUCATION", beforeToday);
        // Found a job, then left because of it: still an active mentee, with a job.
        year.outcome(pairs.get(6).menteeId(), "JOB", beforeToday);
        year.withdraw(pairs.get(6).menteeId(), "FOUND_JOB");
        // Moved away with an internship only: not an active mentee any more.
        year.outcome(pairs.get(7).menteeId(), "INTERNSHIP", beforeToday);
        year.withdraw(pairs.get(7).menteeId(), "MOVED_AWAY");
        year.outcome(unmatchedWithJob, "JOB", beforeToday);
        year.withdraw(unmatchedWithdrawn, "OTHER");
        List<Integer> counts = List.of(3, 2, 1, 0, 4, 3, 0, 5);
        for (int i = 0; i < pairs.size(); i++) {
            checkIns.put(pairs.get(i), counts.get(i));
            year.checkIns(pairs.get(i), counts.get(i));
        }
        year.feedback(pairs.get(0), "MENTEE", fits.get(0));
        year.feedback(pairs.get(0), "MENTOR", fits.get(1));
        year.feedback(pairs.get(1), "MENTEE", fits.get(2));
        year.feedback(pairs.get(7), "MENTEE", fits.get(3));
    }

    @Test
    void shouldReportEveryFigureOfTheYear() {
        List<Pair> activePairs = pairs.subList(0, 6);
        List<Pair> activeMentees = pairs.subList(0, 7);
        Predicate<Pair> withJob = pair -> List.of(0, 1, 2, 6).contains(pairs.indexOf(pair));

        JsonPath report = exact(given().when().get(cohort.path() + "/report").then().statusCode(200)
                .contentType("application/json").extract().jsonPath());

        assertThat(report.getString("cohortId")).isEqualTo(cohort.cohortId());
        assertThat(report.getString("startsOn")).isEqualTo(STARTS_ON.toString());
        assertThat(report.getLong("mentees")).isEqualTo(pairs.size() + 2);
        assertThat(report.getLong("mentors")).isEqualTo(pairs.size());
        assertThat(report.getLong("matched")).isEqualTo(pairs.size());
        assertThat(report.getLong("active")).isEqualTo(activePairs.size());
        assertThat(report.getLong("ended")).isEqualTo(2);
        assertThat(report.getMap("menteesWithdrawn", String.class, Integer.class))
                .isEqualTo(Map.of("MOVED_AWAY", 1, "PARENTAL_LEAVE", 0, "FOUND_JOB", 1, "OTHER", 1));
        assertThat(report.getMap("mentorsWithdrawn", String.class, Integer.class))
                .isEqualTo(Map.of("MOVED_AWAY", 0, "PARENTAL_LEAVE", 0, "FOUND_JOB", 0, "OTHER", 0));
        assertThat(report.getDouble("medianDaysToMatch")).isEqualTo(median(daysToMatch));
        assertThat(report.getDouble("checkInsPerActivePair")).isEqualTo(
                rounded(activePairs.stream().mapToInt(checkIns::get).sum(), activePairs.size()));
        assertThat(report.getDouble("meanFeedbackFit")).isEqualTo(
                rounded(fits.stream().mapToInt(Integer::intValue).sum(), fits.size()));
        assertThat(report.getMap("outcomesByType", String.class, Integer.class)).isEqualTo(Map.of(
                "JOB", 5, "EDUCATION", 1, "INTERNSHIP", 1, "BUSINESS_STARTED", 0, "VOLUNTEERING", 0, "OTHER", 0));

        assertRate(report, "jobRate", "ALL", activeMentees, withJob);
        assertRate(report, "jobRateByQuality[0]", "QUALITY_BELOW_50",
                filter(activeMentees, pair -> pair.quality() != null && pair.quality() < 50), withJob);
        assertRate(report, "jobRateByQuality[1]", "QUALITY_50_TO_69",
                filter(activeMentees, pair -> pair.quality() != null && pair.quality() >= 50 && pair.quality() < 70), withJob);
        assertRate(report, "jobRateByQuality[2]", "QUALITY_70_AND_ABOVE",
                filter(activeMentees, pair -> pair.quality() != null && pair.quality() >= 70), withJob);
        assertRate(report, "jobRateByField[0]", "SAME_FIELD",
                filter(activeMentees, pair -> sharesField(pairs.indexOf(pair))), withJob);
        assertRate(report, "jobRateByField[1]", "OTHER_FIELD",
                filter(activeMentees, pair -> !sharesField(pairs.indexOf(pair))), withJob);
    }

    @Test
    void shouldAnswerOneCsvRowPerFigure() throws Exception {
        JsonPath json = exact(given().when().get(cohort.path() + "/report").then().extract().jsonPath());
        String csv = given().accept("text/csv").when().get(cohort.path() + "/report").then().statusCode(200)
                .contentType("text/csv").extract().asString();

        List<CSVRecord> rows = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords();
        Map<String, String> figures = new HashMap<>();
        rows.forEach(row -> figures.put(row.get("figure"), row.get("value")));

        assertThat(rows).hasSize(43);
        assertThat(figures).containsEntry("mentees", "10")
                .containsEntry("active", "6")
                .containsEntry("menteesWithdrawn.FOUND_JOB", "1")
                .containsEntry("outcomesByType.JOB", "5")
                .containsEntry("medianDaysToMatch", json.getString("medianDaysToMatch"))
                .containsEntry("meanFeedbackFit", json.getString("meanFeedbackFit"))
                .containsEntry("jobRate.activeMentees", "7")
                .containsEntry("jobRate.rate", json.getString("jobRate.rate"))
                .containsEntry("jobRateByField.SAME_FIELD.withJob", "3");
    }

    @Test
    void shouldDrawTheFunnelAndOutcomesAsSvg() throws Exception {
        byte[] svg = given().accept("image/svg+xml").when().get(cohort.path() + "/report").then().statusCode(200)
                .contentType("image/svg+xml").extract().asByteArray();

        DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
        // No DOCTYPE: a reader of the picture must not have to fetch a DTD from the internet.
        xml.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document document = xml.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
        assertThat(document.getDocumentElement().getTagName()).isEqualTo("svg");
        assertThat(new String(svg, StandardCharsets.UTF_8)).contains("Outcomes by type");
    }

    @Test
    void shouldSetTheCohortsSideBySideAndLeaveRatesOfNothingEmpty() {
        TestCohort empty = cohort.sibling();
        JsonPath own = exact(given().when().get(cohort.path() + "/report").then().extract().jsonPath());

        JsonPath programme = exact(given().when().get("/programmes/{p}/report", cohort.programmeId()).then()
                .statusCode(200)
                .body("programmeId", equalTo(cohort.programmeId()))
                .body("cohorts", hasSize(2))
                .extract().jsonPath());

        Map<String, Object> ours = programme.getMap("cohorts.find { it.cohortId == '%s' }".formatted(cohort.cohortId()));
        assertThat(ours).isEqualTo(own.getMap("$"));
        given().when().get("/programmes/{p}/report", cohort.programmeId()).then()
                .body("cohorts.find { it.cohortId == '%s' }.mentees".formatted(empty.cohortId()), equalTo(0))
                .body("cohorts.find { it.cohortId == '%s' }.medianDaysToMatch".formatted(empty.cohortId()), nullValue())
                .body("cohorts.find { it.cohortId == '%s' }.jobRate.rate".formatted(empty.cohortId()), nullValue());
    }

    @Test
    void shouldLetAViewerReadAndAnswer404ForAnUnknownCohort() {
        String viewer = TestTokens.viewer("vera", cohort.programmeId());
        given().auth().oauth2(viewer).when().get(cohort.path() + "/report").then().statusCode(200);
        given().auth().oauth2(viewer).when().get("/programmes/{p}/report", cohort.programmeId()).then().statusCode(200);
        problem(given().when().get("/programmes/{p}/cohorts/{c}/report", cohort.programmeId(), UUID.randomUUID()).then(), 404);
        problem(given().when().get("/programmes/{p}/report", UUID.randomUUID()).then(), 404);
    }

    /** Decimals as doubles: JsonPath reads them as floats by default, which would not equal 0.5714. */
    private static JsonPath exact(JsonPath json) {
        return json.using(new JsonPathConfig(JsonPathConfig.NumberReturnType.DOUBLE));
    }

    private static boolean sharesField(int pair) {
        return pair < 4;
    }

    private static List<Pair> filter(List<Pair> pairs, Predicate<Pair> keep) {
        return pairs.stream().filter(keep).toList();
    }

    private static void assertRate(JsonPath report, String path, String group, List<Pair> mentees, Predicate<Pair> withJob) {
        long jobs = mentees.stream().filter(withJob).count();
        assertThat(report.getString(path + ".group")).isEqualTo(group);
        assertThat(report.getLong(path + ".activeMentees")).as(group).isEqualTo(mentees.size());
        assertThat(report.getLong(path + ".withJob")).as(group).isEqualTo(jobs);
        Double rate = report.get(path + ".rate") == null ? null : report.getDouble(path + ".rate");
        assertThat(rate).as(group).isEqualTo(mentees.isEmpty() ? null : rounded(jobs, mentees.size()));
    }

    private static double rounded(long part, long whole) {
        return BigDecimal.valueOf(part).divide(BigDecimal.valueOf(whole), 4, RoundingMode.HALF_UP).doubleValue();
    }

    private static double median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        int middle = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
    }
}
