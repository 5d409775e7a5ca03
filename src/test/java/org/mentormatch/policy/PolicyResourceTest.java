package org.mentormatch.policy;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class PolicyResourceTest {

    private static final int WRITERS = 6;

    private String programmeId;
    private String cohortId;

    @BeforeEach
    void createCohort() {
        programmeId = Api.createProgramme();
        cohortId = Api.createCohort(programmeId);
    }

    @Test
    void shouldAnswerTheDefaultsForANewCohort() {
        get().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("criteria.fieldCloseness", equalTo("HIGH"))
                .body("criteria.preferredFields", equalTo("HIGH"))
                .body("criteria.qualificationFit", equalTo("MEDIUM"))
                .body("criteria.sharedInterests", equalTo("LOW"))
                .body("criteria.balancedLoad", equalTo("LOW"))
                .body("priority", equalTo("PARTICIPATION"))
                .body("minimumQuality", equalTo(40))
                .body("minimumFieldCloseness", equalTo(1))
                .body("employerRule", equalTo("DIFFERENT"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldAnswerTheProgrammeTypesPresetUntilACoordinatorSetsAPolicy() {
        String workplace = Api.createProgrammeOfType("WORKPLACE_MENTORING");
        String cohort = Api.createCohort(workplace);
        given().when().get(path(workplace, cohort)).then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("employerRule", equalTo("SAME"))
                .body("minimumFieldCloseness", equalTo(0))
                .body("criteria.location", equalTo("MEDIUM"))
                .body("criteria.preferredLanguages", equalTo("HIGH"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldFillWhatAPutLeavesOutFromThePresetAndLetEverySettingChange() {
        String workplace = Api.createProgrammeOfType("WORKPLACE_MENTORING");
        String cohort = Api.createCohort(workplace);
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"priority\": \"QUALITY\"}")
                .when().put(path(workplace, cohort)).then().statusCode(200)
                .body("priority", equalTo("QUALITY"))
                .body("employerRule", equalTo("SAME"))
                .body("minimumFieldCloseness", equalTo(0))
                .body("version", equalTo(1));
        given().contentType(ContentType.JSON).header("If-Match", "\"1\"")
                .body("{\"employerRule\": \"DIFFERENT\", \"minimumFieldCloseness\": 2}")
                .when().put(path(workplace, cohort)).then().statusCode(200)
                .body("employerRule", equalTo("DIFFERENT"))
                .body("minimumFieldCloseness", equalTo(2));
        given().when().get(path(workplace, Api.createCohort(workplace))).then()
                .body("employerRule", equalTo("SAME"))
                .body("version", equalTo(0));
    }

    @Test
    void shouldStoreTheEmployerRule() {
        put("{\"employerRule\": \"SAME\"}", "\"0\"").statusCode(200).body("employerRule", equalTo("SAME"));
        get().body("employerRule", equalTo("SAME")).body("priority", equalTo("PARTICIPATION"));
        put("{\"employerRule\": \"ANY\"}", "\"1\"").statusCode(200);
        get().body("employerRule", equalTo("ANY"));
    }

    @Test
    void shouldStoreWhetherOnlineCountsAsLocal() {
        get().body("onlineCountsAsLocal", equalTo(false));
        put("{\"onlineCountsAsLocal\": true}", "\"0\"").statusCode(200).body("onlineCountsAsLocal", equalTo(true));
        get().body("onlineCountsAsLocal", equalTo(true)).body("employerRule", equalTo("DIFFERENT"));
        String coaching = Api.createProgrammeOfType("COACHING");
        given().when().get(path(coaching, Api.createCohort(coaching))).then()
                .body("onlineCountsAsLocal", equalTo(true))
                .body("employerRule", equalTo("ANY"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAnUnknownEmployerRuleByName() {
        problem(put("{\"employerRule\": \"SOMETIMES\"}", null), 400)
                .body("field", containsString("employerRule"));
        get().header("ETag", equalTo("\"0\"")).body("employerRule", equalTo("DIFFERENT"));
    }

    @Test
    void shouldKeepCriteriaLeftOutAtTheirDefaultsAndBumpTheETag() {
        put("{\"criteria\": {\"sharedInterests\": \"HIGH\", \"fieldCloseness\": \"MUST\"}, \"priority\": \"QUALITY\"}", "\"0\"")
                .statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("criteria.sharedInterests", equalTo("HIGH"))
                .body("criteria.fieldCloseness", equalTo("MUST"))
                .body("criteria.qualificationFit", equalTo("MEDIUM"))
                .body("criteria.markets", equalTo("MEDIUM"))
                .body("priority", equalTo("QUALITY"))
                .body("minimumQuality", equalTo(40));

        get().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("criteria.sharedInterests", equalTo("HIGH"))
                .body("criteria.preferredFields", equalTo("HIGH"))
                .body("priority", equalTo("QUALITY"));

        put("{\"minimumQuality\": 60}", "\"1\"")
                .statusCode(200)
                .header("ETag", equalTo("\"2\""))
                .body("criteria.sharedInterests", equalTo("LOW"))
                .body("minimumQuality", equalTo(60));
    }

    @Test
    void shouldRefuseAWriteBasedOnTheDefaultsOnceSomeoneStoredAPolicy() {
        put("{\"priority\": \"QUALITY\"}", "\"0\"").statusCode(200);

        problem(put("{\"priority\": \"PARTICIPATION\"}", "\"0\""), 412)
                .body("type", containsString("/stale"))
                .body("currentETag", equalTo("\"1\""));
    }

    @Test
    void shouldLetExactlyOneOfSimultaneousFirstWritersWin() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(WRITERS);
        try {
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int writer = 0; writer < WRITERS; writer++) {
                int quality = 50 + writer;
                statuses.add(pool.submit(() -> {
                    start.await();
                    return put("{\"minimumQuality\": %d}".formatted(quality), "\"0\"").extract().statusCode();
                }));
            }
            start.countDown();
            List<Integer> answered = new ArrayList<>();
            for (Future<Integer> status : statuses) {
                answered.add(status.get(30, TimeUnit.SECONDS));
            }
            assertThat(answered).containsOnly(200, 412);
            assertThat(answered).filteredOn(status -> status == 200).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        get().statusCode(200).header("ETag", equalTo("\"1\""));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAnUnknownCriterionByName() {
        problem(put("{\"criteria\": {\"sharedHobbies\": \"HIGH\"}}", null), 400)
                .body("field", containsString("sharedHobbies"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAnUnknownLevel() {
        problem(put("{\"criteria\": {\"markets\": \"SOMETIMES\"}}", null), 400)
                .body("field", containsString("markets"));
    }

    @Test
    void shouldRejectFairnessAsAHardRule() {
        problem(put("{\"criteria\": {\"fairness\": \"MUST\"}}", null), 400)
                .body("violations.field", hasItem("criteria.fairness"))
                .body("violations.in", hasItem("body"));
        get().header("ETag", equalTo("\"0\"")).body("criteria.fairness", equalTo("MEDIUM"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAMinimumQualityAbove100() {
        problem(put("{\"minimumQuality\": 101}", null), 400)
                .body("violations.field", hasItem("minimumQuality"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAMinimumFieldClosenessAbove4() {
        problem(put("{\"minimumFieldCloseness\": 5}", null), 400)
                .body("violations.field", hasItem("minimumFieldCloseness"));
    }

    @Test
    void shouldRefuseAStaleIfMatch() {
        put("{\"minimumQuality\": 50}", null).statusCode(200).header("ETag", equalTo("\"1\""));
        put("{\"minimumQuality\": 55}", "\"1\"").statusCode(200).header("ETag", equalTo("\"2\""));

        problem(put("{\"minimumQuality\": 70}", "\"1\""), 412)
                .body("currentETag", equalTo("\"2\""));
        get().body("minimumQuality", equalTo(55));
    }

    @Test
    void shouldAnswer404ForAnUnknownProgrammeOrCohort() {
        String unknown = UUID.randomUUID().toString();
        problem(given().when().get(path(unknown, cohortId)).then(), 404);
        problem(given().when().get(path(programmeId, unknown)).then(), 404)
                .body("detail", containsString(unknown));
        problem(given().contentType(ContentType.JSON).body("{}").when().put(path(programmeId, unknown)).then(), 404);
    }

    @Test
    void shouldAnswer404ForACohortOfAnotherProgramme() {
        String otherProgramme = Api.createProgramme();
        problem(given().when().get(path(otherProgramme, cohortId)).then(), 404);
        problem(given().contentType(ContentType.JSON).body("{}").when().put(path(otherProgramme, cohortId)).then(), 404);
    }

    private ValidatableResponse get() {
        return given().when().get(path(programmeId, cohortId)).then();
    }

    private ValidatableResponse put(String body, String ifMatch) {
        var request = given().contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put(path(programmeId, cohortId)).then();
    }

    private static String path(String programmeId, String cohortId) {
        return "/programmes/%s/cohorts/%s/matching-policy".formatted(programmeId, cohortId);
    }
}
