package org.mentormatch.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.SecurityAttribute;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;

/** Granting access where the service signs its own tokens, and the roles as @TestSecurity sets them. */
@QuarkusTest
class AccessTokenResourceTest {

    @Test
    void shouldGrantACoordinatorATokenThatWorksForTheirProgrammeOnly() {
        String mine = Api.createProgramme();
        String other = Api.createProgramme();
        String token = given().contentType(ContentType.JSON)
                .body("{\"subject\": \"anna@programme.dk\", \"role\": \"coordinator\", \"programmes\": [\"%s\"]}".formatted(mine))
                .when().post("/access-tokens")
                .then().statusCode(201).body("expiresAt", notNullValue())
                .extract().path("token");

        given().auth().oauth2(token).when().get("/programmes/{p}", mine).then().statusCode(200);
        given().auth().oauth2(token).when().get("/programmes/{p}", other).then().statusCode(404);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldNameWhatIsWrongWithAGrant() {
        Api.problem(given().contentType(ContentType.JSON)
                .body("{\"subject\": \"\", \"role\": \"owner\", \"programmes\": [\"not-an-id\"], \"validHours\": 0}")
                .when().post("/access-tokens").then(), 400);
        Api.problem(given().contentType(ContentType.JSON)
                .body("{\"subject\": \"bo\", \"role\": \"owner\"}")
                .when().post("/access-tokens").then(), 400)
                .body("violations.field", hasItem("role"));
        Api.problem(given().contentType(ContentType.JSON).body("{\"subject\": \"system:retention\", \"role\": \"admin\"}")
                .when().post("/access-tokens").then(), 400)
                .body("violations.field", hasItem("subject"));
        Api.problem(given().contentType(ContentType.JSON).body("{\"subject\": \"bo\", \"role\": \"viewer\", \"extra\": 1}")
                .when().post("/access-tokens").then(), 400);
    }

    @Test
    void shouldLetOnlyAnAdminGrantAccess() {
        String programme = Api.createProgramme();
        Api.problem(given().auth().oauth2(TestTokens.coordinator("anna", programme)).contentType(ContentType.JSON)
                .body("{\"subject\": \"bo\", \"role\": \"admin\"}")
                .when().post("/access-tokens").then(), 403);
    }

    @Test
    @TestSecurity(user = "vera", roles = Roles.VIEWER)
    void shouldRefuseAViewerAProgramme() {
        Api.problem(given().auth().none().contentType(ContentType.JSON).body("{\"name\": \"Mine\"}")
                .when().post("/programmes").then(), 403);
    }

    @Test
    @TestSecurity(user = "carl", roles = Roles.COORDINATOR,
            attributes = @SecurityAttribute(key = Access.PROGRAMMES_CLAIM, value = "00000000-0000-0000-0000-000000000001"))
    void shouldShowACoordinatorNoProgrammesButTheirs() {
        given().auth().none().when().get("/programmes").then().statusCode(200).body("total", equalTo(0));
        given().auth().none().when().get("/programmes/00000000-0000-0000-0000-000000000002/cohorts").then().statusCode(404);
    }

    @Test
    @TestSecurity(user = "root", roles = Roles.ADMIN)
    void shouldLetAnAdminCreateAProgramme() {
        given().auth().none().contentType(ContentType.JSON).body("{\"name\": \"Aalborg\"}")
                .when().post("/programmes").then().statusCode(201);
    }
}
