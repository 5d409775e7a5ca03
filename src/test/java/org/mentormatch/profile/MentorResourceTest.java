package org.mentormatch.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class MentorResourceTest extends ProfileResourceContract {

    @Override
    String collection() {
        return "mentors";
    }

    @Override
    JsonBody body(String email) {
        return JsonBody.mentor(email);
    }

    @Test
    void shouldCreateMentorWithCapacityOneAndNoMarketsByDefault() {
        post(body("a@example.org"))
                .statusCode(201)
                .body("capacity", equalTo(1))
                .body("markets", equalTo(List.of()));
    }

    @Test
    void shouldStoreMarketsInUpperCase() {
        post(body("a@example.org").with("markets", List.of("dk", "SE")).with("capacity", 20))
                .statusCode(201)
                .body("capacity", equalTo(20))
                .body("markets", contains("DK", "SE"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectMentorWithCapacityZero() {
        assertRejected(body("a@example.org").with("capacity", 0), "capacity");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectMentorWithCapacity21() {
        assertRejected(body("a@example.org").with("capacity", 21), "capacity");
    }

    @Test
    void shouldRejectMentorWithUnknownMarket() {
        assertRejected(body("a@example.org").with("markets", List.of("DK", "XX")), "markets[1]");
    }

    @Test
    void shouldResetCapacityToOneWhenPatchedToNull() {
        String id = create(body("a@example.org").with("capacity", 5));

        given().contentType("application/merge-patch+json").body("{\"capacity\": null}")
                .when().patch(collectionPath() + "/" + id)
                .then().statusCode(200)
                .body("capacity", equalTo(1));
    }
}
