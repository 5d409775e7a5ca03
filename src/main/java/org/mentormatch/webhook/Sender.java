package org.mentormatch.webhook;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * POSTs one attempt, signed as Standard Webhooks asks. Redirects are never followed: a receiver that moved must be
 * registered again, and a redirect cannot lead the service to a host the policy would refuse.
 */
@ApplicationScoped
class Sender {

    static final int EXCERPT_CHARACTERS = 200;
    private static final int MAX_ERROR = 500;

    private final HttpClient client;
    private final Duration requestTimeout;
    private final TargetPolicy targets;

    Sender(WebhookSettings settings, TargetPolicy targets) {
        this.targets = targets;
        this.client = HttpClient.newBuilder()
                // Plain HTTP/1.1: the JDK's default tries an h2c upgrade on http, which some receivers refuse.
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        this.requestTimeout = settings.requestTimeout();
    }

    AttemptResult send(Outgoing outgoing) {
        long timestamp = Instant.now().getEpochSecond();
        long start = System.nanoTime();
        try {
            URI target = URI.create(outgoing.url());
            Optional<String> refused = targets.refusalAtSend(target);
            if (refused.isPresent()) {
                return AttemptResult.failed(refused.get(), millisSince(start));
            }
            HttpRequest request = HttpRequest.newBuilder(target)
                    .timeout(requestTimeout)
                    .header("Content-Type", "application/json")
                    .header("User-Agent", "mentor-match-webhooks")
                    .header("webhook-id", outgoing.eventId())
                    .header("webhook-timestamp", Long.toString(timestamp))
                    .header("webhook-signature", Signature.sign(outgoing.key(), outgoing.eventId(), timestamp, outgoing.body()))
                    .POST(HttpRequest.BodyPublishers.ofString(outgoing.body(), StandardCharsets.UTF_8))
                    .build();
            HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
            return new AttemptResult(response.statusCode(), null, excerpt(response.body()), millisSince(start));
        } catch (IOException | IllegalArgumentException e) {
            return AttemptResult.failed(describe(e), millisSince(start));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return AttemptResult.failed("Interrupted: this instance is stopping", millisSince(start));
        }
    }

    /**
     * The start of the answer, as text fit to store and show: a receiver's answer can be anything. The request
     * time-out ends at the answer's headers, so the body gets its own: a receiver that never finishes it must not
     * hold a job thread (closing the stream ends the read).
     */
    private String excerpt(InputStream body) throws IOException {
        CompletableFuture<String> reading = CompletableFuture.supplyAsync(() -> {
            try {
                return readExcerpt(body);
            } catch (IOException unreadable) {
                return null;
            }
        });
        try {
            return reading.get(requestTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException slowOrBroken) {
            body.close();
            return null;
        } catch (InterruptedException e) {
            body.close();
            Thread.currentThread().interrupt();
            return null;
        }
    }

    private static String readExcerpt(InputStream body) throws IOException {
        try (body) {
            String text = new String(body.readNBytes(EXCERPT_CHARACTERS * 4), StandardCharsets.UTF_8)
                    .replaceAll("[\\p{Cntrl}&&[^\\n\\t]]|\\uFFFD", " ")
                    .strip();
            if (text.isEmpty()) {
                return null;
            }
            return text.length() > EXCERPT_CHARACTERS ? text.substring(0, EXCERPT_CHARACTERS) : text;
        }
    }

    private static String describe(Exception e) {
        String text = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
        return text.length() > MAX_ERROR ? text.substring(0, MAX_ERROR) : text;
    }

    private static long millisSince(long start) {
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
