package org.mentormatch.support;

import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;

/**
 * Every {@code @QuarkusTest}'s HTTP calls through RestAssured are checked against the checked-in contract:
 * requests and answers, or only answers in a test marked {@link RequestsOutsideTheContract}. A Quarkus callback
 * (registered as a service) for the same reason as {@link AdminTokenByDefault}: it sets RestAssured as loaded
 * by the test's own class loader.
 */
public class CheckedAgainstContract implements QuarkusTestBeforeEachCallback {

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        boolean outside = context.getTestMethod().isAnnotationPresent(RequestsOutsideTheContract.class)
                || context.getTestInstance().getClass().isAnnotationPresent(RequestsOutsideTheContract.class);
        RestAssured.replaceFiltersWith(outside ? ContractValidation.answers() : ContractValidation.requestsAndAnswers());
    }
}
