package org.mentormatch.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgrammeResourceTest {

    @Test
    void shouldCreateAndReadAProgramme() {
        String location = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Spouse Mentoring\", \"description\": \"d\"}")
                .when().post("/programmes")
                .then().log().all().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .extract().header("Location");
        given().when().get(location).then().log().all().statusCode(200).body("name", equalTo("Spouse Mentoring"));
        given().contentType(ContentType.JSON).body("{\"name\": \"\", \"bogus\": 1}").when().post("/programmes").then().log().all();
        given().contentType(ContentType.JSON).body("{\"name\": \"\"}").when().post("/programmes").then().log().all();
        given().contentType(ContentType.JSON).body("{\"name\": ").when().post("/programmes").then().log().all();
        given().contentType("application/merge-patch+json").body("{\"description\": null}").when().patch(location).then().log().all();
        given().contentType("application/merge-patch+json").body("{\"name\": null}").when().patch(location).then().log().all();
        given().when().get("/programmes/not-a-uuid").then().log().all();
        given().when().get("/programmes?limit=0").then().log().all();
        given().contentType(ContentType.JSON).body("{\"name\": \"" + "x".repeat(2_000_000) + "\"}").when().post("/programmes").then().log().all();
        given().contentType(ContentType.TEXT).body("hello").when().post("/programmes").then().log().all();
        given().header("If-Match", "\"7\"").when().delete(location).then().log().all();
        given().when().get("/q/openapi?format=json").then().statusCode(200);
    }
}
