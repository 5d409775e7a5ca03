package org.mentormatch.contract;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.RequestsOutsideTheContract;

/**
 * openapi/openapi.yaml is what clients are generated from, so it must be what the service serves. When the API
 * changes on purpose, copy the contract the build wrote: {@code cp target/openapi/openapi.yaml openapi/}.
 */
@QuarkusTest
@RequestsOutsideTheContract
class ContractTest {

    private static final Path CHECKED_IN = Path.of("openapi/openapi.yaml");
    private static final Path BUILT = Path.of("target/openapi/openapi.yaml");
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    @Test
    void shouldCheckInTheContractTheBuildWrites() throws IOException {
        assertThat(CHECKED_IN).exists();
        assertThat(Files.readString(CHECKED_IN))
                .as("openapi/openapi.yaml is out of date: cp target/openapi/openapi.yaml openapi/")
                .isEqualTo(Files.readString(BUILT));
    }

    @Test
    void shouldServeTheCheckedInContract() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi")
                .then().statusCode(200).extract().asString();
        // The served document orders some keys differently from the stored one; the content must be equal.
        JsonNode servedTree = YAML.readTree(served);
        JsonNode checkedInTree = YAML.readTree(CHECKED_IN.toFile());
        assertThat(servedTree).isEqualTo(checkedInTree);
    }

    @Test
    void shouldDescribeEveryOperationFully() {
        JsonPath spec = given().accept("application/json").when().get("/q/openapi")
                .then().statusCode(200).extract().jsonPath();
        Map<String, Map<String, Map<String, Object>>> paths = spec.getMap("paths");
        List<String> gaps = new ArrayList<>();
        paths.forEach((path, operations) -> operations.forEach((method, operation) -> {
            if (!METHODS.contains(method)) {
                return;
            }
            String name = method.toUpperCase() + " " + path;
            if (operation.get("operationId") == null) {
                gaps.add(name + ": no operationId");
            }
            if (operation.get("summary") == null) {
                gaps.add(name + ": no summary");
            }
            if (!(operation.get("tags") instanceof List<?> tags) || tags.isEmpty()) {
                gaps.add(name + ": no tag");
            }
            @SuppressWarnings("unchecked")
            Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
            if (responses.keySet().stream().noneMatch(status -> status.startsWith("4"))) {
                gaps.add(name + ": no error response");
            }
        }));
        assertThat(paths).isNotEmpty();
        assertThat(gaps).isEmpty();
    }
}
