package org.mentormatch.cluster;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.mentormatch.persistence.EmbeddedDatabase;

/**
 * Two processes of the packaged service on one PostgreSQL, as two pods behind a load balancer: a run belongs to
 * the cluster. Starting an instance takes seconds on two cores, so the scenarios share two instances, in this order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {

    /** Long enough to kill mid-run: local search goes on until the time limit. */
    private static final String SLOW_RUN = "{\"timeLimitSeconds\": %d, \"stepLimit\": 10000000, \"seed\": 1}";
    private static final Path WORK = Path.of("target", "cluster-it").toAbsolutePath();

    private static EmbeddedPostgres postgres;
    private static Map<String, String> settings;
    private static ServiceProcess first;
    private static ServiceProcess second;
    private static String token;

    @BeforeAll
    static void startDatabaseAndFirstInstance() throws Exception {
        postgres = EmbeddedPostgres.builder().start();
        settings = new HashMap<>(EmbeddedDatabase.settingsFor(postgres.getPort()));
        // One signing key for the cluster: the first instance makes it, the second reads it.
        settings.put("mentor-match.key-dir", WORK.resolve("keys").toString());
        settings.put("mentor-match.demo-data.enabled", "true");
        first = ServiceProcess.start("first", WORK, settings);
        token = Files.readString(WORK.resolve("keys").resolve("admin.token")).strip();
    }

    @AfterAll
    static void stopAll() throws Exception {
        for (ServiceProcess instance : new ServiceProcess[] {first, second}) {
            if (instance != null) {
                instance.stop();
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void shouldLeaveARunAloneWhenASecondInstanceStartsAndStopItFromThere() {
        String cohort = demoCohort(first, 65, 60, 1);
        String runId = startRun(first, cohort, SLOW_RUN.formatted(60));
        awaitStatus(first, cohort, runId, "SOLVING");

        second = ServiceProcess.start("second", WORK, settings);

        JsonPath run = run(second, cohort, runId);
        assertThat(run.getString("status")).isEqualTo("SOLVING");
        assertThat(run.getInt("attempt")).isEqualTo(1);
        assertThat(run.getString("worker")).isEqualTo("first");
        // Stopped through the instance that does not solve it.
        long asked = System.nanoTime();
        api(second).when().delete(cohort + "/match-runs/" + runId).then().statusCode(200);
        JsonPath ended = awaitEnd(second, cohort, runId);
        long stopMillis = (System.nanoTime() - asked) / 1_000_000;
        System.out.printf("Stop asked on the second instance, run on the first ended after %d ms%n", stopMillis);
        assertThat(ended.getString("status")).isEqualTo("CANCELLED");
        assertThat(ended.getString("terminationReason")).isEqualTo("CANCELLED");
        assertThat(ended.getInt("attempt")).isEqualTo(1);
        assertThat(stopMillis).isLessThan(2_500);
    }

    @Test
    @Order(2)
    void shouldSolveEachOfTwentyRunsExactlyOnce() {
        List<String[]> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            ServiceProcess to = i % 2 == 0 ? first : second;
            String cohort = demoCohort(to, 12, 10, i + 1);
            runs.add(new String[] {cohort, startRun(to, cohort, "{\"seed\": %d}".formatted(i))});
        }
        for (String[] run : runs) {
            JsonPath ended = awaitEnd(first, run[0], run[1]);
            assertThat(ended.getString("status")).isEqualTo("COMPLETED");
            assertThat(ended.getInt("attempt")).isEqualTo(1);
            assertThat(first.solverStarts(run[1]) + second.solverStarts(run[1])).as("solver starts of %s", run[1])
                    .isEqualTo(1);
        }
    }

    @Test
    @Order(3)
    void shouldCreateOnceWhenARetryReachesTheOtherInstance() {
        String key = java.util.UUID.randomUUID().toString();
        String body = "{\"name\": \"Retried %s\"}".formatted(key);
        String created = api(first).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/programmes").then().statusCode(201).extract().path("id");
        String retried = api(second).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/programmes").then().statusCode(201).extract().path("id");

        assertThat(retried).isEqualTo(created);
        assertThat(api(second).queryParam("limit", 100).when().get("/programmes").then().statusCode(200).extract()
                .jsonPath().getList("items.findAll { it.name == 'Retried %s' }".formatted(key))).hasSize(1);
    }

    @Test
    @Order(4)
    void shouldCompleteTheDemoCohortWithinASecondOnceProvenOptimal() {
        String cohort = demoCohort(first, 65, 60, 1);
        long posted = System.nanoTime();
        String runId = startRun(first, cohort, "{\"seed\": 1}");
        JsonPath run = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(20))
                .until(() -> run(first, cohort, runId), r -> "COMPLETED".equals(r.getString("status")));
        long seen = (System.nanoTime() - posted) / 1_000_000;
        Duration recorded = Duration.between(OffsetDateTime.parse(run.getString("createdAt")),
                OffsetDateTime.parse(run.getString("endedAt")));
        System.out.printf("Demo cohort: COMPLETED %d ms after the POST was sent (%d ms by the run's own times)%n",
                seen, recorded.toMillis());
        assertThat(run.getString("terminationReason")).isEqualTo("PROVEN_OPTIMAL");
        assertThat(recorded).isLessThan(Duration.ofSeconds(1));
    }

    @Test
    @Order(5)
    void shouldReviveARunOnTheOtherInstanceWhenItsInstanceIsKilled() throws Exception {
        String cohort = demoCohort(first, 65, 60, 1);
        String runId = startRun(first, cohort, SLOW_RUN.formatted(8));
        JsonPath solving = awaitStatus(first, cohort, runId, "SOLVING");
        ServiceProcess solver = solving.getString("worker").equals("first") ? first : second;
        ServiceProcess survivor = solver == first ? second : first;

        solver.kill();
        long killed = System.nanoTime();
        JsonPath revived = await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(200))
                .until(() -> run(survivor, cohort, runId), r -> r.getInt("attempt") == 2);
        System.out.printf("Killed %s; %s revived the run after %d ms%n", solver.name, survivor.name,
                (System.nanoTime() - killed) / 1_000_000);
        assertThat(revived.getString("worker")).isEqualTo(survivor.name);

        JsonPath ended = awaitEnd(survivor, cohort, runId);
        assertThat(ended.getString("status")).isEqualTo("COMPLETED");
        assertThat(ended.getInt("attempt")).isEqualTo(2);
        assertThat(ended.getInt("metrics.hardViolations")).isZero();
        assertThat(api(survivor).queryParam("limit", 100).when().get(cohort + "/match-runs/" + runId + "/proposals")
                .then().statusCode(200).extract().jsonPath().getList("items")).hasSize(65);
    }

    @Test
    @Order(6)
    void shouldHandARunBackOnSigtermAndExitWithinTwentySeconds() throws Exception {
        ServiceProcess alive = first.isAlive() ? first : second;
        ServiceProcess restarted = ServiceProcess.start("restarted", WORK, settings);
        if (alive == first) {
            second = restarted;
        } else {
            first = restarted;
        }
        String cohort = demoCohort(alive, 65, 60, 1);
        String runId = startRun(alive, cohort, SLOW_RUN.formatted(8));
        JsonPath solving = awaitStatus(alive, cohort, runId, "SOLVING");
        ServiceProcess solver = solving.getString("worker").equals(alive.name) ? alive : restarted;
        ServiceProcess other = solver == alive ? restarted : alive;

        long asked = System.nanoTime();
        assertThat(solver.terminate(Duration.ofSeconds(20))).as("exited within 20 s").isTrue();
        System.out.printf("SIGTERM: %s exited after %d ms%n", solver.name, (System.nanoTime() - asked) / 1_000_000);

        JsonPath ended = awaitEnd(other, cohort, runId);
        assertThat(ended.getString("status")).isEqualTo("COMPLETED");
        assertThat(ended.getString("worker")).isEqualTo(other.name);
        // Handed back, not lost: leaving on SIGTERM does not count as a failed attempt.
        assertThat(ended.getInt("attempt")).isEqualTo(1);
    }

    private static RequestSpecification api(ServiceProcess instance) {
        return given().baseUri(instance.url).auth().oauth2(token);
    }

    private static String demoCohort(ServiceProcess instance, int mentees, int mentors, long seed) {
        String programme = api(instance).contentType(ContentType.JSON).body("{\"name\": \"Cluster %d\"}".formatted(seed))
                .when().post("/programmes").then().statusCode(201).extract().path("id");
        String cohortId = api(instance).contentType(ContentType.JSON)
                .body("{\"name\": \"2025/26\", \"startsOn\": \"2025-09-01\", \"endsOn\": \"2026-08-31\"}")
                .when().post("/programmes/{p}/cohorts", programme).then().statusCode(201).extract().path("id");
        String cohort = "/programmes/%s/cohorts/%s".formatted(programme, cohortId);
        api(instance).contentType(ContentType.JSON)
                .body("{\"mentees\": %d, \"mentors\": %d, \"seed\": %d}".formatted(mentees, mentors, seed))
                .when().post(cohort + "/demo-data").then().statusCode(201);
        return cohort;
    }

    private static String startRun(ServiceProcess instance, String cohort, String body) {
        return api(instance).contentType(ContentType.JSON).body(body).when().post(cohort + "/match-runs")
                .then().statusCode(202).extract().path("id");
    }

    private static JsonPath run(ServiceProcess instance, String cohort, String runId) {
        return api(instance).when().get(cohort + "/match-runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private static JsonPath awaitStatus(ServiceProcess instance, String cohort, String runId, String status) {
        return await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(100))
                .until(() -> run(instance, cohort, runId), r -> status.equals(r.getString("status")));
    }

    private static JsonPath awaitEnd(ServiceProcess instance, String cohort, String runId) {
        return await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> run(instance, cohort, runId),
                        r -> !List.of("QUEUED", "SOLVING").contains(r.getString("status")));
    }
}
