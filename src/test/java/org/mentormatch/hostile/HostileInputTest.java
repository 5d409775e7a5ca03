package org.mentormatch.hostile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.mentormatch.hostile.Verdict.Finding;
import org.mentormatch.support.RequestsOutsideTheContract;

/**
 * Throws malformed, oversized and hostile input at every operation of the contract and checks that the service
 * answers each with no server error, each client error as a problem, and no write when it refuses. The
 * requests come from a fixed seed, printed with every run: {@code -Dhostile.seed=N} replays another.
 */
@QuarkusTest
@RequestsOutsideTheContract
class HostileInputTest {

    private static final Logger LOG = Logger.getLogger(HostileInputTest.class);
    private static final long SEED = Long.getLong("hostile.seed", 20_261_123L);
    private static final int REQUESTS_PER_OPERATION = Integer.getInteger("hostile.requests-per-operation", 16);

    @Inject
    AgroalDataSource database;

    private Fixture fixture;
    private DatabaseFingerprint baseline;

    @Test
    void shouldRefuseHostileInputWithAProblemAndWriteNothing() {
        List<ContractOperation> operations = Contract.operations();
        List<Finding> findings = new ArrayList<>();
        Map<String, Map<Integer, Integer>> statuses = new TreeMap<>();
        long start = System.nanoTime();
        renewFixture();
        HostileRequests requests = new HostileRequests(new Draw(SEED));
        for (ContractOperation operation : operations) {
            for (int i = 0; i < REQUESTS_PER_OPERATION; i++) {
                HostileRequest request = requests.next(operation, fixture);
                Response answer = request.send();
                statuses.computeIfAbsent(request.kind(), kind -> new TreeMap<>()).merge(answer.statusCode(), 1, Integer::sum);
                Verdict.of(answer).forEach(fault -> findings.add(new Finding(operation.id(), fault, request.toString())));
                check(request, answer, findings);
            }
        }
        LOG.infof("Hostile input, seed %d: %d operations, %d requests in %.1f s; answers by attack:%s", SEED,
                operations.size(), operations.size() * REQUESTS_PER_OPERATION, (System.nanoTime() - start) / 1e9,
                statuses.entrySet().stream().map(kind -> "\n  " + kind.getKey() + " " + kind.getValue()).collect(Collectors.joining()));
        assertThat(findings).as("seed %d (replay with -Dhostile.seed=%d):%s", SEED, SEED, Finding.report(findings)).isEmpty();
    }

    /**
     * A refusal must leave every table as it was. A success may write, and may start a match run whose solver
     * writes later: wait for it, then take what it left as the new baseline.
     */
    private void check(HostileRequest request, Response answer, List<Finding> findings) {
        if (answer.statusCode() >= 400) {
            DatabaseFingerprint after = DatabaseFingerprint.since(database, baseline);
            List<String> written = after.changedSince(baseline);
            if (!written.isEmpty()) {
                findings.add(new Finding(request.operation().id(), answer.statusCode() + " but wrote to " + written, request.toString()));
            }
            baseline = after;
            return;
        }
        if (request.operation().method().equals("DELETE")) {
            renewFixture(); // one of its ids, or all of them, may be gone
        } else if (request.operation().path().endsWith("/adopt")) {
            fixture = fixture.withMatchOfLatestAdoption(); // adopting replaces the proposed matches
        }
        awaitRunsEnded();
        baseline = DatabaseFingerprint.take(database);
    }

    private void renewFixture() {
        awaitRunsEnded();
        DatabaseFingerprint before = DatabaseFingerprint.take(database);
        fixture = Fixture.create();
        baseline = DatabaseFingerprint.since(database, before);
        // Were it blind, every refusal would pass the no-write check: it must see the fixture's own writes.
        assertThat(baseline.changedSince(before)).contains("programme", "cohort", "mentor", "mentee", "match_run", "match");
    }

    private void awaitRunsEnded() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> DatabaseFingerprint.activeRuns(database) == 0);
    }
}
