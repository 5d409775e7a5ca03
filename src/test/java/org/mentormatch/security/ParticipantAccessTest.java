package org.mentormatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Method;
import io.restassured.specification.RequestSpecification;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/**
 * A participant's token through every operation of the contract, as {@link AccessTest} does for coordinators: 403 on
 * everything of their own programme that is not theirs, 404 under any other programme, and /me theirs alone.
 * Operations added later are tried the day they enter openapi/openapi.yaml.
 */
@QuarkusTest
@RequestsOutsideTheContract
class ParticipantAccessTest {

    private static final List<String> METHODS = List.of("get", "post", "put", "patch", "delete");

    private TestCohort own;
    private TestCohort other;
    private String menteeId;
    private String mentorId;
    private String participant;

    @BeforeEach
    void aParticipantAndAnotherProgramme() {
        own = TestCohort.create();
        menteeId = own.mentee();
        mentorId = own.mentor();
        other = TestCohort.create();
        participant = TestTokens.participant(menteeId, own.programmeId());
    }

    @Test
    void shouldRefuseEveryOperationOfTheirOwnProgrammeAndOutsideMe() throws IOException {
        Map<String, String> ids = Map.of("programmeId", own.programmeId(), "cohortId", own.cohortId(),
                "menteeId", menteeId, "mentorId", mentorId);
        List<String> tried = new ArrayList<>();
        everyOperation((path, method, mediaType) -> {
            if (path.startsWith("/me")) {
                return;
            }
            int status = call(participant, method, fill(path, ids), mediaType).statusCode();
            assertThat(status).as("%s %s", method, path).isEqualTo(403);
            tried.add(method + " " + path);
        });
        assertThat(tried).hasSizeGreaterThan(40);
        given().when().get(own.path() + "/mentees/" + menteeId).then().statusCode(200);
    }

    @Test
    void shouldHideEveryOtherProgrammeBehind404() throws IOException {
        Map<String, String> ids = Map.of("programmeId", other.programmeId(), "cohortId", other.cohortId());
        List<String> tried = new ArrayList<>();
        everyOperation((path, method, mediaType) -> {
            if (!path.contains("{programmeId}")) {
                return;
            }
            Api.problem(given().auth().oauth2(participant).contentType(mediaType).body("{}")
                    .when().request(Method.valueOf(method.toUpperCase()), fill(path, ids)).then(), 404);
            tried.add(method + " " + path);
        });
        assertThat(tried).hasSizeGreaterThan(40);
    }

    @Test
    void shouldKeepMeToParticipants() throws IOException {
        List<String> others = List.of(TestTokens.admin(), TestTokens.coordinator("anna", own.programmeId()),
                TestTokens.viewer("vera", own.programmeId()));
        List<String> tried = new ArrayList<>();
        everyOperation((path, method, mediaType) -> {
            if (!path.startsWith("/me")) {
                return;
            }
            String url = fill(path, Map.of());
            for (String token : others) {
                assertThat(call(token, method, url, mediaType).statusCode()).as("%s %s", method, path).isEqualTo(403);
            }
            assertThat(call(participant, method, url, mediaType).statusCode()).as("participant: %s %s", method, path)
                    .isNotIn(401, 403, 404, 500);
            tried.add(method + " " + path);
        });
        assertThat(tried).contains("get /me", "patch /me", "post /me/personal-data/export");
    }

    private static io.restassured.response.Response call(String token, String method, String url, String mediaType) {
        RequestSpecification request = given().auth().oauth2(token).contentType(mediaType).body("{}");
        if (method.equals("patch")) {
            request.header("If-Match", "*");
        }
        return request.when().request(Method.valueOf(method.toUpperCase()), url);
    }

    /** Each operation with the first media type its body is declared in (JSON when it declares none). */
    private static void everyOperation(Operation operation) throws IOException {
        JsonNode paths = new ObjectMapper(new YAMLFactory()).readTree(Path.of("openapi/openapi.yaml").toFile()).get("paths");
        paths.fields().forEachRemaining(path -> path.getValue().fields().forEachRemaining(method -> {
            if (METHODS.contains(method.getKey())) {
                JsonNode content = method.getValue().path("requestBody").path("content");
                String mediaType = content.isObject() && content.fieldNames().hasNext()
                        ? content.fieldNames().next() : "application/json";
                operation.accept(path.getKey(), method.getKey(), mediaType);
            }
        }));
    }

    @FunctionalInterface
    private interface Operation {
        void accept(String path, String method, String mediaType);
    }

    /** The path template filled with the ids given, any other id an unknown one. */
    private static String fill(String template, Map<String, String> ids) {
        String url = template;
        for (var id : ids.entrySet()) {
            url = url.replace("{" + id.getKey() + "}", id.getValue());
        }
        return url.replaceAll("\\{[A-Za-z]+}", UUID.randomUUID().toString());
    }
}
