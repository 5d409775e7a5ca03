package org.mentormatch.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import org.mentormatch.security.TestTokens;

/**
 * Every {@code @QuarkusTest}'s HTTP calls carry an admin's token unless the test says otherwise
 * ({@code given().auth().none()} or another token), so tests of the API's behaviour need not repeat the
 * credentials that the access tests vary. A Quarkus callback (registered as a service) rather than a JUnit
 * extension, because it must set RestAssured as loaded by the test's own class loader.
 */
public class AdminTokenByDefault implements QuarkusTestBeforeEachCallback {

    private static final String TOKEN = TestTokens.admin();

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        RestAssured.authentication = RestAssured.oauth2(TOKEN);
    }
}
