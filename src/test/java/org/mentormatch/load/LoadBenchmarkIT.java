package org.mentormatch.load;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mentormatch.cluster.ServiceProcess;

/**
 * The load benchmark of issue 15: the packaged service on its embedded database, with authentication and
 * row-level security on, read by 16 users as a coordinator, asked for suggestions by one, and two match runs
 * through the API. It prints each measurement beside its target and writes the table to
 * target/load-benchmark.md; it never fails on a target.
 * Run it with {@code ./mvnw -B verify -Dexcluded.test.groups=none -Dgroups=benchmark -Dtest=NONE
 * -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=LoadBenchmarkIT}; {@code -Dload.jfr=FILE} records the measured
 * instance with JDK Flight Recorder, and {@code -Dload.runs-only=true} skips the reads and suggestions (two of
 * its three and a half minutes) while one works on the runs.
 */
@Tag("benchmark")
class LoadBenchmarkIT {

    private static final int USERS = 16;
    private static final Duration WARM_UP = Duration.ofSeconds(5);
    private static final Duration MEASURED = Duration.ofSeconds(15);
    private static final int LARGE_MENTEES = 10_000;
    private static final int LARGE_MENTORS = 7_000;
    private static final int SMALL_MENTEES = 1_000;
    private static final int SMALL_MENTORS = 700;
    private static final long DEMO_SEED = 3;
    private static final Duration RUN_LIMIT = Duration.ofMinutes(5);
    private static final Path REPORT = Path.of("target", "load-benchmark.md");
    private static final Pattern LOG_MESSAGE =
            Pattern.compile("\"timestamp\":\"[^T]*T([^\"]*)\".*\"message\":\"(.*?)\",\"threadName\"");
    private static final List<String> RUN_LOG =
            List.of("queued for", "solving on", "Solving started", "Exact assignment", "Solving ended", "COMPLETED (");

    private String admin;
    private String coordinator;

    @Test
    void measureTheServiceAgainstTheTargetsOfIssue15() throws Exception {
        Path work = Files.createTempDirectory("load-benchmark");
        Map<String, String> settings = Map.of(
                "mentor-match.data-dir", work.resolve("postgres").toString(),
                "mentor-match.key-dir", work.resolve("keys").toString(),
                "mentor-match.demo-data.enabled", "true",
                // The exact phase says how long it took and how many pricing rounds it needed.
                "quarkus.log.category.\"org.mentormatch.matching.solver.ExactAssignmentPhase\".level", "DEBUG");
        ResultTable table = new ResultTable();
        table.note("Load average (1 min) at the start: %.2f on %d processors; 16 users, %d s warm-up, %d s measured each."
                .formatted(loadAverage(), Runtime.getRuntime().availableProcessors(), WARM_UP.toSeconds(),
                        MEASURED.toSeconds()));

        long started = System.nanoTime();
        ServiceProcess first = ServiceProcess.start("load-first", work, settings, List.of("-Xmx2g"));
        table.add("start-up to ready, first start (creates the database and signing key)", seconds(started));
        String large;
        String small;
        try {
            admin = Files.readString(work.resolve("keys").resolve("admin.token")).strip();
            String programme = created(as(first, admin).body("{\"name\": \"Load benchmark\"}").post("/programmes"));
            coordinator = as(first, admin)
                    .body("{\"subject\": \"load@benchmark\", \"role\": \"coordinator\", \"programmes\": [\"%s\"]}"
                            .formatted(programme))
                    .post("/access-tokens").then().statusCode(201).extract().path("token");
            long filling = System.nanoTime();
            large = demoCohort(first, programme, "Large", LARGE_MENTEES, LARGE_MENTORS);
            table.add("demo data, %,d mentees × %,d mentors (context)".formatted(LARGE_MENTEES, LARGE_MENTORS),
                    seconds(filling));
            small = demoCohort(first, programme, "Small", SMALL_MENTEES, SMALL_MENTORS);
        } finally {
            first.stop();
        }

        started = System.nanoTime();
        ServiceProcess service = ServiceProcess.start("load-measured", work, settings, measuredJvm());
        double restart = (System.nanoTime() - started) / 1e9;
        table.add("start-up to ready, data directory kept", "%.1f s".formatted(restart), "≤ 5 s", restart <= 5);
        try {
            if (!Boolean.getBoolean("load.runs-only")) {
                measureReads(service, large, table);
                measureSuggestions(service, small, table);
            }
            measureRun(service, small, "%,d × %,d".formatted(SMALL_MENTEES, SMALL_MENTORS), 2, table);
            measureRun(service, large, "%,d × %,d".formatted(LARGE_MENTEES, LARGE_MENTORS), 20, table);
            try (Stream<String> lines = Files.lines(service.log)) {
                // The run's own times do not show where it spends them before the solver starts: the log does.
                lines.filter(line -> RUN_LOG.stream().anyMatch(line::contains))
                        .forEach(line -> table.note("Service log: " + logMessage(line)));
            }
        } finally {
            service.stop();
            deleteTree(work.resolve("postgres"));
        }
        table.note("Load average (1 min) at the end: %.2f. Service logs: %s".formatted(loadAverage(), work));

        String markdown = table.markdown();
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, markdown);
        System.out.println("\nLoad benchmark (issue 15), written to " + REPORT.toAbsolutePath() + "\n\n" + markdown);
    }

    private void measureReads(ServiceProcess service, String cohort, ResultTable table) throws Exception {
        List<URI> mentees = menteeUris(service, cohort);
        ClosedLoop loop = new ClosedLoop(USERS, WARM_UP, MEASURED);
        ClosedLoop.Throughput health = loop.run(fixed(service.url + "/q/health/live"), null);
        ClosedLoop.Throughput single = loop.run(
                () -> mentees.get(ThreadLocalRandom.current().nextInt(mentees.size())), coordinator);
        ClosedLoop.Throughput firstPage = loop.run(fixed(service.url + cohort + "/mentees?limit=20&offset=0"), coordinator);
        // The deep page as a client reaches it: by the cursor the page before it answers (as next).
        String cursor = as(service, coordinator).queryParam("limit", 20).queryParam("offset", 4980)
                .get(cohort + "/mentees").then().statusCode(200).extract().path("next");
        ClosedLoop.Throughput deepPage = loop.run(fixed(service.url + cohort + "/mentees?limit=20&cursor=" + cursor), coordinator);
        ClosedLoop.Throughput deepOffset = loop.run(fixed(service.url + cohort + "/mentees?limit=20&offset=5000"), coordinator);

        table.add("`/q/health/live`", describe(health));
        table.add("`GET …/mentees/{id}`, random ids of %,d".formatted(mentees.size()), describe(single));
        table.add("`GET …/mentees?limit=20&offset=0`", describe(firstPage));
        table.add("`GET …/mentees?limit=20&cursor=…` (the page at 5,000)", describe(deepPage));
        table.add("`GET …/mentees?limit=20&offset=5000` (context: the same page by offset)", describe(deepOffset));
        double readShare = single.perSecond() / health.perSecond();
        table.add("single read ÷ health, requests/s", percent(readShare), "≥ 25 %", readShare >= 0.25);
        double p99Ratio = single.p99Millis() / health.p99Millis();
        table.add("single read p99 ÷ health p99", "%.1f×".formatted(p99Ratio), "≤ 4×", p99Ratio <= 4);
        double deepShare = deepPage.perSecond() / firstPage.perSecond();
        table.add("deep page ÷ first page, requests/s", percent(deepShare), "≥ 80 %", deepShare >= 0.8);
    }

    /**
     * One coordinator asking for a random mentee's suggestions, request after request: the latency of the question
     * itself, which grades the mentee against every mentor of the cohort, not throughput under 16 users.
     */
    private void measureSuggestions(ServiceProcess service, String cohort, ResultTable table) throws Exception {
        List<URI> suggestions = menteeUris(service, cohort).stream()
                .map(mentee -> URI.create(mentee + "/suggestions?limit=5")).toList();
        ClosedLoop.Throughput asked = new ClosedLoop(1, WARM_UP, MEASURED)
                .run(() -> suggestions.get(ThreadLocalRandom.current().nextInt(suggestions.size())), coordinator);
        table.add("`GET …/mentees/{id}/suggestions?limit=5`, %,d × %,d, one user, random mentees"
                .formatted(SMALL_MENTEES, SMALL_MENTORS), describe(asked), "< 100 ms (p99)",
                asked.errors() == 0 && asked.p99Millis() < 100);
    }

    /** POST a run, poll until it ends; the phases come from the run's own times. */
    private void measureRun(ServiceProcess service, String cohort, String size, int targetSeconds, ResultTable table)
            throws InterruptedException {
        long posted = System.nanoTime();
        String runId = as(service, coordinator).body("{\"seed\": 1}").post(cohort + "/match-runs")
                .then().statusCode(202).extract().path("id");
        double answered = (System.nanoTime() - posted) / 1e9;
        JsonPath run = run(service, cohort, runId);
        while (List.of("QUEUED", "SOLVING").contains(run.getString("status"))
                && System.nanoTime() - posted < RUN_LIMIT.toNanos()) {
            Thread.sleep(100);
            run = run(service, cohort, runId);
        }
        double seen = (System.nanoTime() - posted) / 1e9;
        String status = run.getString("status");
        boolean completed = "COMPLETED".equals(status);
        table.add("run %s, POST → %s".formatted(size, status), "%.1f s".formatted(seen), "≤ %d s".formatted(targetSeconds),
                completed && seen <= targetSeconds);
        if (run.getString("startedAt") != null && run.getString("endedAt") != null) {
            OffsetDateTime created = OffsetDateTime.parse(run.getString("createdAt"));
            OffsetDateTime solving = OffsetDateTime.parse(run.getString("startedAt"));
            OffsetDateTime ended = OffsetDateTime.parse(run.getString("endedAt"));
            table.add("run %s, phases by the run's times".formatted(size),
                    ("POST answered 202 after %.1f s; %.1f s created → solving started, %.1f s solving → ended"
                            + " (%s, %s, %d matched)").formatted(answered,
                            Duration.between(created, solving).toMillis() / 1e3,
                            Duration.between(solving, ended).toMillis() / 1e3, run.getString("terminationReason"),
                            run.getString("bestScore"), run.getInt("metrics.menteesMatched")));
        }
    }

    private String demoCohort(ServiceProcess service, String programme, String name, int mentees, int mentors) {
        String cohortId = created(as(service, coordinator)
                .body("{\"name\": \"%s\", \"startsOn\": \"2025-09-01\", \"endsOn\": \"2026-08-31\"}".formatted(name))
                .post("/programmes/{p}/cohorts", programme));
        String cohort = "/programmes/%s/cohorts/%s".formatted(programme, cohortId);
        as(service, coordinator).body("{\"mentees\": %d, \"mentors\": %d, \"seed\": %d}".formatted(mentees, mentors,
                DEMO_SEED)).post(cohort + "/demo-data").then().statusCode(201);
        return cohort;
    }

    /** Every mentee of the cohort, read page by page before the clock starts. */
    private List<URI> menteeUris(ServiceProcess service, String cohort) {
        List<URI> uris = new ArrayList<>();
        for (int offset = 0; ; offset += 100) {
            List<String> ids = as(service, coordinator).queryParam("limit", 100).queryParam("offset", offset)
                    .get(cohort + "/mentees").then().statusCode(200).extract().jsonPath().getList("items.id");
            ids.forEach(id -> uris.add(URI.create(service.url + cohort + "/mentees/" + id)));
            if (ids.size() < 100) {
                return uris;
            }
        }
    }

    private JsonPath run(ServiceProcess service, String cohort, String runId) {
        return as(service, coordinator).get(cohort + "/match-runs/" + runId).then().statusCode(200).extract().jsonPath();
    }

    private static RequestSpecification as(ServiceProcess service, String token) {
        return given().baseUri(service.url).auth().oauth2(token).contentType(ContentType.JSON);
    }

    private static String created(io.restassured.response.Response response) {
        return response.then().statusCode(201).extract().path("id");
    }

    /** -Xmx2g as in the issue's measurements, and a flight recording when -Dload.jfr names its file. */
    private static List<String> measuredJvm() {
        String jfr = System.getProperty("load.jfr");
        if (jfr == null || jfr.isBlank()) {
            return List.of("-Xmx2g");
        }
        return List.of("-Xmx2g", "-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                + Path.of(jfr).toAbsolutePath());
    }

    /** Time and message of a JSON log line (the packaged service logs JSON), or the line as it is. */
    private static String logMessage(String line) {
        Matcher message = LOG_MESSAGE.matcher(line);
        return message.find() ? "`%s %s`".formatted(message.group(1), message.group(2)) : line.strip();
    }

    /** The database of a run is not worth keeping (about 80 MB); the logs beside it are. */
    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static Supplier<URI> fixed(String url) {
        URI uri = URI.create(url);
        return () -> uri;
    }

    private static String describe(ClosedLoop.Throughput throughput) {
        return "%,.0f requests/s, p50 %.1f ms, p99 %.1f ms (%,d answers, %d errors)".formatted(throughput.perSecond(),
                throughput.p50Millis(), throughput.p99Millis(), throughput.requests(), throughput.errors());
    }

    private static String percent(double share) {
        return "%.1f %%".formatted(share * 100);
    }

    private static String seconds(long since) {
        return "%.1f s".formatted((System.nanoTime() - since) / 1e9);
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
