package org.mentormatch.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * docker/kubernetes/kubernetes.yml is what deployers apply, so it must be what quarkus-kubernetes generates from
 * application.properties and src/main/kubernetes at package time (hence a failsafe test). After an intended
 * change: {@code cp target/kubernetes/kubernetes.yml docker/kubernetes/}.
 */
class KubernetesManifestIT {

    private static final Path KEPT = Path.of("docker/kubernetes/kubernetes.yml");
    private static final Path BUILT = Path.of("target/kubernetes/kubernetes.yml");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldKeepTheManifestsTheBuildWrites() throws IOException {
        assertThat(Files.readString(KEPT))
                .as("docker/kubernetes/kubernetes.yml is out of date: cp target/kubernetes/kubernetes.yml docker/kubernetes/")
                .isEqualTo(Files.readString(BUILT));
    }

    @Test
    void shouldRunTwoPodsThatStopGracefullyAndNeverBothAtOnce() throws IOException {
        List<JsonNode> documents = documents(KEPT);
        JsonNode deployment = ofKind(documents, "Deployment");
        JsonNode pod = deployment.at("/spec/template/spec");
        JsonNode container = pod.at("/containers/0");

        assertThat(deployment.at("/spec/replicas").asInt()).isEqualTo(2);
        // Runs are handed back within 20 s of SIGTERM (README, Several instances).
        assertThat(pod.at("/terminationGracePeriodSeconds").asInt()).isGreaterThan(20);
        assertThat(container.at("/readinessProbe/httpGet/path").asText()).isEqualTo("/q/health/ready");
        assertThat(container.at("/livenessProbe/httpGet/path").asText()).isEqualTo("/q/health/live");
        assertThat(container.at("/envFrom/0/secretRef/name").asText()).isEqualTo("mentor-match");
        assertThat(ofKind(documents, "PodDisruptionBudget").at("/spec/minAvailable").asInt()).isEqualTo(1);
    }

    private static JsonNode ofKind(List<JsonNode> documents, String kind) {
        return documents.stream().filter(document -> kind.equals(document.path("kind").asText())).findFirst()
                .orElseThrow(() -> new AssertionError("no " + kind + " in " + KEPT));
    }

    private static List<JsonNode> documents(Path file) throws IOException {
        List<JsonNode> documents = new ArrayList<>();
        try (YAMLParser parser = ((YAMLFactory) YAML.getFactory()).createParser(file.toFile())) {
            YAML.readValues(parser, JsonNode.class).forEachRemaining(documents::add);
        }
        return documents;
    }
}
