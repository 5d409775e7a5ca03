package org.mentormatch.feedbackplan;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class FeedbackPlanResourceTest {

    @Test
    void shouldAnswerTheDefaultsUntilAPlanIsSetThenGuardItWithItsETag() {
        String plan = "/programmes/" + Api.createProgramme() + "/feedback-plan";
        given().when().get(plan).then().statusCode(200).header("ETag", "\"0\"")
                .body("firstAfterDays", equalTo(30)).body("everyDays", equalTo(60))
                .body("whenEnded", equalTo(true)).body("stalledAfterDays", equalTo(45));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"everyDays\": 90, \"stalledAfterDays\": 30}")
                .when().put(plan).then().statusCode(200).header("ETag", "\"1\"")
                .body("firstAfterDays", equalTo(30)).body("everyDays", equalTo(90)).body("stalledAfterDays", equalTo(30));
        given().when().get(plan).then().body("everyDays", equalTo(90)).body("version", equalTo(1));
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"").body("{\"everyDays\": 30}")
                .when().put(plan).then(), 412);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRefuseDaysOutOfRange() {
        String plan = "/programmes/" + Api.createProgramme() + "/feedback-plan";
        problem(given().contentType(ContentType.JSON).body("{\"firstAfterDays\": 0}").when().put(plan).then(), 400)
                .body("violations.field", hasItem("firstAfterDays"));
    }
}
