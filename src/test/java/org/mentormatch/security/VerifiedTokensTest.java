package org.mentormatch.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A verified bearer token is not verified again on each request, but never outlives its expiry. */
@QuarkusTest
class VerifiedTokensTest {

    @Inject
    VerifiedTokens verifiedTokens;

    @Test
    void shouldKeepATokenOnceVerified() {
        String token = TestTokens.token("kept@example.org", Roles.ADMIN, List.of());
        assertThat(verifiedTokens.holds(token)).isFalse();

        given().auth().oauth2(token).when().get("/programmes").then().statusCode(200);
        assertThat(verifiedTokens.holds(token)).isTrue();
        given().auth().oauth2(token).when().get("/programmes").then().statusCode(200);
    }

    @Test
    void shouldRefuseAKeptTokenOnceItExpires() {
        String token = TestTokens.adminFor(Duration.ofSeconds(2));
        given().auth().oauth2(token).when().get("/programmes").then().statusCode(200);
        assertThat(verifiedTokens.holds(token)).isTrue();

        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(250))
                .until(() -> given().auth().oauth2(token).when().get("/programmes").then().extract().statusCode() == 401);
        assertThat(verifiedTokens.holds(token)).isFalse();
    }

    @Test
    void shouldNotKeepATokenThatFailedVerification() {
        String stranger = TestTokens.signedByStranger();
        given().auth().oauth2(stranger).when().get("/programmes").then().statusCode(401);
        assertThat(verifiedTokens.holds(stranger)).isFalse();
    }
}
