package org.mentormatch.cluster;

import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The packaged service (target/quarkus-app) running as a child process, logging to a file of its own. */
public final class ServiceProcess {

    private static final Path JAR = Path.of("target", "quarkus-app", "quarkus-run.jar").toAbsolutePath();

    public final String name;
    public final String url;
    public final Path log;
    private final Process process;

    private ServiceProcess(String name, String url, Path log, Process process) {
        this.name = name;
        this.url = url;
        this.log = log;
        this.process = process;
    }

    /** Starts an instance named {@code name} with these settings (system properties) and waits until it is ready. */
    static ServiceProcess start(String name, Path workDir, Map<String, String> settings) {
        return start(name, workDir, settings, List.of("-Xmx512m"));
    }

    /** The same, with these JVM options (heap size, a flight recording) before the settings. */
    public static ServiceProcess start(String name, Path workDir, Map<String, String> settings, List<String> jvm) {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvm);
        command.addAll(List.of("-Dquarkus.http.port=" + port, "-Dmentor-match.instance-name=" + name));
        settings.forEach((key, value) -> command.add("-D" + key + "=" + value));
        command.addAll(List.of("-jar", JAR.toString()));
        try {
            Files.createDirectories(workDir);
            Path log = workDir.resolve(name + ".log");
            Process process = new ProcessBuilder(command).directory(workDir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ServiceProcess service = new ServiceProcess(name, "http://localhost:" + port, log, process);
            await().atMost(Duration.ofSeconds(90)).pollInterval(Duration.ofMillis(50)).until(service::isReady);
            return service;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    boolean isReady() {
        if (!process.isAlive()) {
            throw new IllegalStateException(name + " exited; see " + log);
        }
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(url + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException e) {
            return false;
        }
    }

    /** SIGKILL: no shutdown hook runs, the jobs it holds stay claimed until their heartbeats are seen missing. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM; true if the process exited within {@code limit}. */
    boolean terminate(Duration limit) throws InterruptedException {
        process.destroy();
        return process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** How many times this instance started solving the run, by its log. */
    long solverStarts(String runId) {
        try (var lines = Files.lines(log)) {
            return lines.filter(line -> line.contains("Match run " + runId + " solving on")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void stop() throws InterruptedException {
        if (process.isAlive() && !terminate(Duration.ofSeconds(30))) {
            kill();
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
