package org.mentormatch.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import org.HdrHistogram.Histogram;

/**
 * Users that each send a request, wait for its answer and send the next (a closed loop, as wrk does): first for a
 * warm-up that is not counted, then for the measured time. Every user keeps its own connection busy.
 */
final class ClosedLoop {

    /** What the measured time gave: answers per second, latency percentiles, answers other than 200. */
    record Throughput(double perSecond, double p50Millis, double p99Millis, long requests, long errors) {}

    private static final long HIGHEST_MICROS = Duration.ofMinutes(1).toNanos() / 1000;

    private final HttpClient client;
    private final int users;
    private final Duration warmUp;
    private final Duration measured;

    ClosedLoop(int users, Duration warmUp, Duration measured) {
        this.users = users;
        this.warmUp = warmUp;
        this.measured = measured;
        this.client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Sends the requests {@code next} makes, one user per thread, until the measured time is over. */
    Throughput run(Supplier<URI> next, String bearer) throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + warmUp.toNanos();
        long measureUntil = measureFrom + measured.toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(users);
        try {
            List<Future<User>> running = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                running.add(pool.submit(() -> new User().loop(next, bearer, measureFrom, measureUntil)));
            }
            Histogram all = new Histogram(HIGHEST_MICROS, 3);
            long errors = 0;
            long lastAnswer = measureUntil;
            for (Future<User> user : running) {
                User done = user.get();
                all.add(done.latencies);
                errors += done.errors;
                lastAnswer = Math.max(lastAnswer, done.lastAnswer);
            }
            double seconds = (lastAnswer - measureFrom) / 1e9;
            return new Throughput(all.getTotalCount() / seconds, all.getValueAtPercentile(50) / 1000.0,
                    all.getValueAtPercentile(99) / 1000.0, all.getTotalCount(), errors);
        } finally {
            pool.shutdownNow();
        }
    }

    /** One user's answers: latencies of those sent in the measured time. */
    private final class User {
        final Histogram latencies = new Histogram(HIGHEST_MICROS, 3);
        long errors;
        long lastAnswer;

        User loop(Supplier<URI> next, String bearer, long measureFrom, long measureUntil) throws InterruptedException {
            long sent;
            while ((sent = System.nanoTime()) < measureUntil) {
                HttpRequest.Builder request = HttpRequest.newBuilder(next.get()).timeout(Duration.ofSeconds(30));
                if (bearer != null) {
                    request.header("Authorization", "Bearer " + bearer);
                }
                boolean ok;
                try {
                    ok = client.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
                } catch (IOException e) {
                    ok = false;
                }
                long answered = System.nanoTime();
                if (sent >= measureFrom) {
                    lastAnswer = answered;
                    if (ok) {
                        latencies.recordValue(Math.min((answered - sent) / 1000, HIGHEST_MICROS));
                    } else {
                        errors++;
                    }
                }
            }
            return this;
        }
    }
}
