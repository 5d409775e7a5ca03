package org.mentormatch.matchrun;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Runs;
import org.mentormatch.support.TestCohort;

/**
 * A host-family cohort (households of 2 to 6 seats, guests from few countries) under a MUST quota of 34 % per home
 * country: judged from the profiles sent, every group keeps the quota, and as many guests are matched as the quota
 * lets in, a number computed here by a maximum flow without the engine.
 */
@QuarkusTest
class MixQuotaRunTest {

    private static final int[] SEATS = {4, 5, 6, 4, 6, 2};
    /** Guests per home country; null: not known, which no quota counts. */
    private static final Map<String, Integer> GUESTS = new LinkedHashMap<>();

    static {
        GUESTS.put("IN", 10);
        GUESTS.put("UA", 6);
        GUESTS.put("SY", 3);
        GUESTS.put(null, 2);
    }

    private TestCohort cohort;

    @BeforeEach
    void createCohort() {
        cohort = TestCohort.create();
    }

    @Test
    void shouldKeepAMustQuotaInEveryGroupAndMatchAsManyAsItAllows() {
        Map<String, Integer> seatsOf = new HashMap<>();
        for (int seats : SEATS) {
            seatsOf.put(cohort.post("mentors", person("2511", null, seats)), seats);
        }
        Map<String, String> countryOf = new HashMap<>();
        GUESTS.forEach((country, count) -> {
            for (int i = 0; i < count; i++) {
                countryOf.put(cohort.post("mentees", person("2512", country, 0)), country);
            }
        });
        given().contentType(ContentType.JSON)
                .body("{\"mix\": [{\"on\": \"homeCountry\", \"maxShare\": 0.34, \"level\": \"MUST\"}]}")
                .when().put(cohort.path() + "/matching-policy").then().statusCode(200);

        String runId = Runs.runToEnd(cohort.path(), "{\"seed\": 1, \"timeLimitSeconds\": 30}");

        Map<String, Object> run = given().when().get(cohort.path() + "/match-runs/" + runId).then().statusCode(200)
                .extract().jsonPath().getMap("");
        assertThat(run.get("policy").toString()).contains("on=homeCountry", "maxShare=0.34", "level=MUST");
        assertThat(run.get("terminationReason")).as("the exact optimum had to be repaired, so it proves nothing")
                .isNotEqualTo("PROVEN_OPTIMAL");
        List<Map<String, Object>> matched = given().queryParam("limit", 100)
                .when().get(cohort.path() + "/match-runs/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath().<Map<String, Object>>getList("items").stream()
                .filter(p -> p.get("mentorId") != null).toList();
        Map<String, Map<String, Integer>> groups = new HashMap<>();
        for (Map<String, Object> pair : matched) {
            String country = countryOf.get((String) pair.get("menteeId"));
            if (country != null) {
                groups.computeIfAbsent((String) pair.get("mentorId"), m -> new HashMap<>()).merge(country, 1, Integer::sum);
            }
        }
        groups.forEach((mentor, byCountry) -> byCountry.forEach((country, guests) ->
                assertThat(guests).as("guests from %s with a household of %d", country, seatsOf.get(mentor))
                        .isLessThanOrEqualTo(limit(seatsOf.get(mentor)))));
        assertThat(matched).hasSize(mostTheQuotaLetsIn());
        assertThat(mostTheQuotaLetsIn()).as("the quota binds").isLessThan(countryOf.size());
    }

    /** At most max(1, floor(0.34 × seats)) of one country from 3 seats up; below, any. */
    private static int limit(int seats) {
        return seats < 3 ? seats : Math.max(1, 34 * seats / 100);
    }

    private static Map<String, Object> person(String field, String homeCountry, int seats) {
        Map<String, Object> body = new HashMap<>(Map.of("displayName", "Kim", "email",
                TestCohort.uniqueEmail("example.dk"), "field", field, "languages", List.of("en")));
        if (homeCountry != null) {
            body.put("homeCountry", homeCountry);
        }
        if (seats > 0) {
            body.put("capacity", seats);
        }
        return body;
    }

    /**
     * Maximum flow: source → country (its guests) → household (the quota's limit; seats for guests of no known
     * country) → sink (seats). Every pair is allowed here, so this is the most guests any plan can seat.
     */
    private static int mostTheQuotaLetsIn() {
        List<String> countries = new ArrayList<>(GUESTS.keySet());
        int source = 0;
        int sink = 1 + countries.size() + SEATS.length;
        int[][] capacity = new int[sink + 1][sink + 1];
        for (int c = 0; c < countries.size(); c++) {
            capacity[source][1 + c] = GUESTS.get(countries.get(c));
            for (int h = 0; h < SEATS.length; h++) {
                capacity[1 + c][1 + countries.size() + h] = countries.get(c) == null ? SEATS[h] : limit(SEATS[h]);
            }
        }
        for (int h = 0; h < SEATS.length; h++) {
            capacity[1 + countries.size() + h][sink] = SEATS[h];
        }
        int flow = 0;
        while (augment(capacity, source, sink, new boolean[sink + 1])) {
            flow++;
        }
        return flow;
    }

    private static boolean augment(int[][] capacity, int node, int sink, boolean[] seen) {
        if (node == sink) {
            return true;
        }
        seen[node] = true;
        for (int next = 0; next < capacity.length; next++) {
            if (!seen[next] && capacity[node][next] > 0 && augment(capacity, next, sink, seen)) {
                capacity[node][next]--;
                capacity[next][node]++;
                return true;
            }
        }
        return false;
    }
}
