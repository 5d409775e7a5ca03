package org.mentormatch.webhook;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A webhook receiver on 127.0.0.1 for one test: it answers the scripted statuses in order, then 204, and keeps
 * every request it got (when it answers).
 */
final class TestReceiver implements AutoCloseable {

    /** One request as received: headers by lower-case name, and the body. */
    record Received(Map<String, String> headers, String body) {

        String header(String name) {
            return headers.get(name);
        }
    }

    private final HttpServer server;
    private final Deque<Integer> script;
    private final Duration delay;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    private TestReceiver(HttpServer server, Deque<Integer> script, Duration delay) {
        this.server = server;
        this.script = script;
        this.delay = delay;
    }

    static TestReceiver answering(Integer... statuses) throws IOException {
        return start(Duration.ZERO, statuses);
    }

    /** A receiver that takes {@code delay} before each answer. */
    static TestReceiver slow(Duration delay) throws IOException {
        return start(delay);
    }

    private static TestReceiver start(Duration delay, Integer... statuses) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        TestReceiver receiver = new TestReceiver(server, new ArrayDeque<>(List.of(statuses)), delay);
        server.createContext("/hook", exchange -> {
            try {
                Thread.sleep(receiver.delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            try (InputStream body = exchange.getRequestBody()) {
                Map<String, String> headers = new TreeMap<>();
                exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
                receiver.received.add(new Received(headers, new String(body.readAllBytes(), StandardCharsets.UTF_8)));
            }
            Integer next;
            synchronized (receiver.script) {
                next = receiver.script.poll();
            }
            int status = next == null ? 204 : next;
            if (status == 204) {
                exchange.sendResponseHeaders(204, -1);
            } else {
                byte[] answer = "Receiver says no".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(status, answer.length);
                exchange.getResponseBody().write(answer);
            }
            exchange.close();
        });
        server.start();
        return receiver;
    }

    String url() {
        return "http://127.0.0.1:%d/hook".formatted(server.getAddress().getPort());
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
