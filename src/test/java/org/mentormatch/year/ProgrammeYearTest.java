package org.mentormatch.year;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.StringReader;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Backdate;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;
import org.w3c.dom.Document;
import org.xml.sax.InputSource;

/**
 * A cohort's year through HTTP, as issue 11 tells it: 40 mentees matched and published, check-ins for most pairs,
 * feedback of which two answers are poor, one pair stalled; the attention list names exactly those; one pair
 * ended and its mentee re-matched by a REPAIR run; 12 JOB outcomes; and the cohort report's figures equal the
 * ones this test computes from what it did.
 */
@QuarkusTest
class ProgrammeYearTest {

    private static final int MENTEES = 40;
    private static final int PUBLISHED_DAYS_AGO = 50;

    private TestCohort cohort;
    private final LocalDate today = LocalDate.now(ZoneOffset.UTC);
    private final Map<String, String> mentorFields = new HashMap<>();
    private final List<Integer> fits = new ArrayList<>();

    @Test
    void shouldCarryACohortThroughItsYear() throws Exception {
        cohort = TestCohort.create("Programme year");
        for (int i = 0; i < MENTEES + 5; i++) {
            // A few mentors of another field, so that the report's field split has two groups.
            String field = i % 9 == 0 ? "2511" : "2512";
            mentorFields.put(cohort.post("mentors", Map.of("displayName", "Mentor " + i,
                    "email", TestCohort.uniqueEmail("example.dk"), "field", field, "languages", List.of("en"))), field);
        }
        for (int i = 0; i < MENTEES; i++) {
            cohort.post("mentees", Map.of("displayName", "Mentee " + i, "email", TestCohort.uniqueEmail("example.org"),
                    "field", "2512", "languages", List.of("en")));
        }
        Runs.adopt(cohort.path(), Runs.runToEnd(cohort.path(), "{\"seed\": 1}"));
        acceptAndPublish();
        List<Map<String, Object>> pairs = Runs.matches(cohort.path(), "PUBLISHED");
        assertThat(pairs).hasSize(MENTEES);
        pairs.forEach(pair -> Backdate.published((String) pair.get("id"), PUBLISHED_DAYS_AGO));

        String webhook = given().contentType(ContentType.JSON)
                .body(Map.of("url", "http://127.0.0.1:9/hook", "events", List.of("match.attention")))
                .when().post("/programmes/" + cohort.programmeId() + "/webhooks")
                .then().statusCode(201).extract().path("id");

        Map<String, Object> stalled = pairs.get(0);
        Map<String, Object> poorForTheMentee = pairs.get(1);
        Map<String, Object> poorForTheMentor = pairs.get(2);
        Map<String, Object> withOwnAccess = pairs.get(3);
        String menteeToken = invite(withOwnAccess);
        given().auth().oauth2(menteeToken).when().get("/me").then().statusCode(200)
                .body("matches[0].counterpart.email", notNullValue());

        Map<String, Integer> checkIns = new HashMap<>();
        for (Map<String, Object> pair : pairs.subList(1, MENTEES)) {
            if (pair == withOwnAccess) {
                given().auth().oauth2(menteeToken).contentType(ContentType.JSON).body(checkIn(5))
                        .when().post("/me/check-ins").then().statusCode(201);
            } else {
                given().contentType(ContentType.JSON).body(checkIn(10))
                        .when().post(matchPath(pair) + "/check-ins").then().statusCode(201);
            }
            checkIns.merge((String) pair.get("id"), 1, Integer::sum);
        }

        String poorMenteeToken = invite(poorForTheMentee);
        for (Map<String, Object> pair : pairs) {
            if (pair == poorForTheMentee) {
                answerAsParticipant(poorMenteeToken, 2, true);
            } else {
                answer(pair, "MENTEE", 4, true);
            }
            answer(pair, "MENTOR", pair == poorForTheMentor ? 4 : 5, pair != poorForTheMentor);
        }

        Map<String, Set<String>> attention = attentionList();
        assertThat(attention).containsOnlyKeys((String) stalled.get("id"), (String) poorForTheMentee.get("id"),
                (String) poorForTheMentor.get("id"));
        assertThat(attention.get((String) stalled.get("id"))).containsExactly("STALLED");
        assertThat(attention.get((String) poorForTheMentee.get("id"))).containsExactly("POOR_FIT");
        assertThat(attention.get((String) poorForTheMentor.get("id"))).containsExactly("POOR_FIT");
        // The participant's poor answer was announced to the programme's webhook in the same transaction.
        assertThat(given().when().get("/programmes/%s/webhooks/%s/deliveries".formatted(cohort.programmeId(), webhook))
                .then().statusCode(200).extract().jsonPath().getList("items.type", String.class)).contains("match.attention");

        String rematchedMentee = (String) poorForTheMentee.get("menteeId");
        given().contentType(ContentType.JSON).body(Map.of("status", "ENDED", "reason", "Poor fit: they did not meet"))
                .when().patch(matchPath(poorForTheMentee)).then().statusCode(200).body("status", equalTo("ENDED"));
        Runs.adopt(cohort.path(), Runs.runToEnd(cohort.path(), "{\"mode\": \"REPAIR\", \"seed\": 1}"));
        acceptAndPublish();
        List<Map<String, Object>> live = Runs.matches(cohort.path(), "PUBLISHED");
        assertThat(live).hasSize(MENTEES);
        Map<String, Object> rematch = live.stream().filter(pair -> rematchedMentee.equals(pair.get("menteeId")))
                .findFirst().orElseThrow();
        assertThat(rematch.get("mentorId")).isNotEqualTo(poorForTheMentee.get("mentorId"));
        assertThat(attentionList()).containsOnlyKeys((String) stalled.get("id"), (String) poorForTheMentor.get("id"));

        Set<String> withJob = new HashSet<>();
        for (Map<String, Object> pair : live.subList(3, 15)) {
            String mentee = (String) pair.get("menteeId");
            outcome(mentee, "JOB");
            withJob.add(mentee);
        }
        outcome((String) live.get(20).get("menteeId"), "EDUCATION");

        JsonPath report = given().when().get(cohort.path() + "/report").then().statusCode(200).extract().jsonPath();
        assertThat(report.getLong("mentees")).isEqualTo(MENTEES);
        assertThat(report.getLong("mentors")).isEqualTo(MENTEES + 5);
        assertThat(report.getLong("matched")).isEqualTo(MENTEES);
        assertThat(report.getLong("active")).isEqualTo(MENTEES);
        assertThat(report.getLong("ended")).isEqualTo(1);
        assertThat(report.getLong("needingAttention.POOR_FIT")).isEqualTo(1);
        assertThat(report.getLong("needingAttention.STALLED")).isEqualTo(1);
        assertThat(report.getLong("needingAttention.FEEDBACK_OVERDUE")).isZero();
        assertThat(report.getLong("outcomesByType.JOB")).isEqualTo(12);
        assertThat(report.getLong("outcomesByType.EDUCATION")).isEqualTo(1);
        long liveCheckIns = live.stream().mapToInt(pair -> checkIns.getOrDefault((String) pair.get("id"), 0)).sum();
        assertThat(report.getDouble("checkInsPerActivePair")).isCloseTo((double) liveCheckIns / MENTEES, within(1e-4));
        assertThat(report.getDouble("meanFeedbackFit"))
                .isCloseTo(fits.stream().mapToInt(Integer::intValue).average().orElseThrow(), within(1e-4));
        assertThat(report.getDouble("medianDaysToMatch")).isEqualTo(medianDaysToMatch(pairs));

        assertThat(report.getLong("jobRate.activeMentees")).isEqualTo(MENTEES);
        assertThat(report.getLong("jobRate.withJob")).isEqualTo(12);
        assertThat(report.getDouble("jobRate.rate")).isEqualTo(0.3);
        Map<String, long[]> byQuality = new HashMap<>();
        Map<String, long[]> byField = new HashMap<>();
        for (Map<String, Object> pair : live) {
            int got = withJob.contains((String) pair.get("menteeId")) ? 1 : 0;
            count(byQuality, band(((Number) pair.get("quality")).intValue()), got);
            count(byField, "2512".equals(mentorFields.get((String) pair.get("mentorId"))) ? "SAME_FIELD" : "OTHER_FIELD", got);
        }
        assertRates(report.getList("jobRateByQuality"), byQuality);
        assertRates(report.getList("jobRateByField"), byField);

        String csv = given().accept("text/csv").when().get(cohort.path() + "/report").then().statusCode(200)
                .contentType("text/csv").extract().asString();
        Map<String, String> figures = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(csv)).getRecords().stream()
                .collect(Collectors.toMap(row -> row.get("figure"), row -> row.get("value")));
        assertThat(figures).containsEntry("jobRate.withJob", "12").containsEntry("ended", "1")
                .containsEntry("needingAttention.STALLED", "1").containsEntry("outcomesByType.JOB", "12");

        String svg = given().accept("image/svg+xml").when().get(cohort.path() + "/report").then().statusCode(200)
                .extract().asString();
        Document picture = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        assertThat(picture.getDocumentElement().getLocalName() == null
                ? picture.getDocumentElement().getNodeName() : picture.getDocumentElement().getLocalName()).isEqualTo("svg");
    }

    private void acceptAndPublish() {
        given().contentType(ContentType.JSON).body("{}").when().post(cohort.path() + "/matches/accept").then().statusCode(200);
        given().when().post(cohort.path() + "/publish").then().statusCode(200);
    }

    private String invite(Map<String, Object> pair) {
        return given().contentType(ContentType.JSON).body("{}")
                .when().post(cohort.path() + "/mentees/" + pair.get("menteeId") + "/invitation")
                .then().statusCode(201).extract().path("token");
    }

    private Map<String, Object> checkIn(int daysAgo) {
        return Map.of("date", today.minusDays(daysAgo).toString(), "minutes", 60, "mode", "IN_PERSON",
                "topics", List.of("CV"), "note", "Went through a job advert");
    }

    private void answer(Map<String, Object> pair, String side, int fit, boolean goOn) {
        given().contentType(ContentType.JSON).body(Map.of("side", side, "fit", fit, "continue", goOn))
                .when().post(matchPath(pair) + "/feedback").then().statusCode(201);
        fits.add(fit);
    }

    private void answerAsParticipant(String token, int fit, boolean goOn) {
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("fit", fit, "continue", goOn, "comment", "We rarely find a time"))
                .when().post("/me/feedback").then().statusCode(201);
        fits.add(fit);
    }

    private void outcome(String menteeId, String type) {
        given().contentType(ContentType.JSON).body(Map.of("type", type, "date", today.minusDays(3).toString(),
                        "occupation", "2512", "viaMentorNetwork", true))
                .when().post(cohort.path() + "/mentees/" + menteeId + "/outcomes").then().statusCode(201);
    }

    /** The attention list: match id → its kinds. */
    private Map<String, Set<String>> attentionList() {
        List<Map<String, Object>> items = given().queryParam("attention", true).queryParam("limit", 100)
                .when().get(cohort.path() + "/matches").then().statusCode(200).extract().jsonPath().getList("items");
        Map<String, Set<String>> kinds = new HashMap<>();
        for (Map<String, Object> item : items) {
            @SuppressWarnings("unchecked")
            List<Map<String, Object>> reasons = (List<Map<String, Object>>) item.get("attention");
            kinds.put((String) item.get("id"), reasons.stream().map(reason -> (String) reason.get("kind")).collect(Collectors.toSet()));
        }
        return kinds;
    }

    /** The median over mentees of the days from the cohort's start to their first match's publication. */
    private double medianDaysToMatch(List<Map<String, Object>> firstPairs) {
        LocalDate startsOn = LocalDate.parse(given().when().get(cohort.path()).then().statusCode(200).extract().path("startsOn"));
        List<Long> days = new ArrayList<>();
        for (Map<String, Object> pair : firstPairs) {
            String publishedAt = given().when().get(matchPath(pair)).then().statusCode(200).extract().path("publishedAt");
            LocalDate published = OffsetDateTime.parse(publishedAt).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
            days.add(ChronoUnit.DAYS.between(startsOn, published));
        }
        days.sort(Long::compare);
        int middle = days.size() / 2;
        return days.size() % 2 == 1 ? days.get(middle) : (days.get(middle - 1) + days.get(middle)) / 2.0;
    }

    private String matchPath(Map<String, Object> pair) {
        return cohort.path() + "/matches/" + pair.get("id");
    }

    private static String band(int quality) {
        return quality < 50 ? "QUALITY_BELOW_50" : quality < 70 ? "QUALITY_50_TO_69" : "QUALITY_70_AND_ABOVE";
    }

    private static void count(Map<String, long[]> groups, String group, int gotJob) {
        long[] counts = groups.computeIfAbsent(group, key -> new long[2]);
        counts[0]++;
        counts[1] += gotJob;
    }

    private static void assertRates(List<Map<String, Object>> rates, Map<String, long[]> expected) {
        for (Map<String, Object> rate : rates) {
            long[] counts = expected.getOrDefault((String) rate.get("group"), new long[2]);
            assertThat(((Number) rate.get("activeMentees")).longValue()).as((String) rate.get("group")).isEqualTo(counts[0]);
            assertThat(((Number) rate.get("withJob")).longValue()).as((String) rate.get("group")).isEqualTo(counts[1]);
        }
        assertThat(rates.stream().mapToLong(rate -> ((Number) rate.get("activeMentees")).longValue()).sum())
                .isEqualTo(expected.values().stream().mapToLong(counts -> counts[0]).sum());
    }
}
