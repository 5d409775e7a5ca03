package org.mentormatch.programme;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.mentormatch.support.Api.problem;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

@QuarkusTest
class ProgrammeResourceTest {

    private static final String MERGE_PATCH = "application/merge-patch+json";

    @Test
    void shouldCreateAProgrammeWithLocationAndETag() {
        String location = given().contentType(ContentType.JSON)
                .body("{\"name\": \"  Spouse Mentoring  \", \"description\": \"One year\"}")
                .when().post("/programmes")
                .then().statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .body("id", notNullValue())
                .body("name", equalTo("Spouse Mentoring"))
                .body("createdAt", notNullValue())
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("description", equalTo("One year"));
    }

    @Test
    void shouldListProgrammesByNameAPageAtATime() {
        String tag = UUID.randomUUID().toString();
        for (String name : new String[] {"c", "a", "b"}) {
            Api.createProgramme(name + " " + tag);
        }
        given().queryParam("q", tag).queryParam("offset", 1).queryParam("limit", 1)
                .when().get("/programmes")
                .then().statusCode(200)
                .body("total", equalTo(3))
                .body("offset", equalTo(1))
                .body("limit", equalTo(1))
                .body("items", hasSize(1))
                .body("items[0].name", equalTo("b " + tag));
    }

    @Test
    void shouldTreatSearchWildcardsLiterally() {
        String tag = UUID.randomUUID().toString();
        Api.createProgramme("100% mentoring " + tag);
        Api.createProgramme("plain mentoring " + tag);
        given().queryParam("q", "% mentoring " + tag)
                .when().get("/programmes")
                .then().statusCode(200)
                .body("total", equalTo(1))
                .body("items.name", everyItem(containsString("100%")));
    }

    @Test
    void shouldReplaceWithTheCurrentETagAndRefuseAStaleOne() {
        String id = Api.createProgramme();
        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Renamed\"}")
                .when().put("/programmes/{id}", id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("name", equalTo("Renamed"))
                .body("description", nullValue());

        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"Lost update\"}")
                .when().put("/programmes/{id}", id)
                .then(), 412)
                .body("currentETag", equalTo("\"1\""));
        given().when().get("/programmes/{id}", id).then().body("name", equalTo("Renamed"));
    }

    @Test
    void shouldMergePatchAndClearFieldsSetToNull() {
        String id = given().contentType(ContentType.JSON)
                .body("{\"name\": \"Before\", \"description\": \"Old\"}")
                .when().post("/programmes").then().statusCode(201).extract().path("id");

        given().contentType(MERGE_PATCH).body("{\"description\": null}")
                .when().patch("/programmes/{id}", id)
                .then().statusCode(200)
                .body("name", equalTo("Before"))
                .body("description", nullValue());
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAPatchThatMakesTheProgrammeInvalid() {
        String id = Api.createProgramme("Keep me");
        problem(given().contentType(MERGE_PATCH).body("{\"name\": null}")
                .when().patch("/programmes/{id}", id)
                .then(), 400)
                .body("violations.field", hasItem("name"));
        problem(given().contentType(MERGE_PATCH).body("[1, 2]")
                .when().patch("/programmes/{id}", id)
                .then(), 400);
        given().when().get("/programmes/{id}", id).then().body("name", equalTo("Keep me"));
    }

    @Test
    void shouldKeepProfilesAYearAfterACohortUnlessTheProgrammeSaysOtherwise() {
        String id = Api.createProgramme();
        given().when().get("/programmes/{id}", id).then().body("retentionDays", equalTo(365));
        given().contentType(MERGE_PATCH).body("{\"retentionDays\": 90}")
                .when().patch("/programmes/{id}", id)
                .then().statusCode(200).body("retentionDays", equalTo(90));
        given().contentType(ContentType.JSON).body("{\"name\": \"Renamed\"}")
                .when().put("/programmes/{id}", id)
                .then().statusCode(200).body("retentionDays", equalTo(365));
        given().contentType(ContentType.JSON).body("{\"name\": \"Short\", \"retentionDays\": 30}")
                .when().post("/programmes")
                .then().statusCode(201).body("retentionDays", equalTo(30));
    }

    @Test
    void shouldMatchEveryProfileUnlessTheProgrammeListsConsentBases() {
        String id = Api.createProgramme();
        given().when().get("/programmes/{id}", id).then().body("matchingBases", hasSize(0));
        given().contentType(MERGE_PATCH).body("{\"matchingBases\": [\"CONTRACT\", \"CONSENT\", \"CONTRACT\"]}")
                .when().patch("/programmes/{id}", id)
                .then().statusCode(200).body("matchingBases", contains("CONSENT", "CONTRACT"));
        given().when().get("/programmes/{id}", id).then().body("matchingBases", contains("CONSENT", "CONTRACT"));
        given().contentType(MERGE_PATCH).body("{\"matchingBases\": null}")
                .when().patch("/programmes/{id}", id)
                .then().statusCode(200).body("matchingBases", hasSize(0));
    }

    @Test
    void shouldBeAMentoringProgrammeUnlessCreatedAsAnotherType() {
        given().when().get("/programmes/{id}", Api.createProgramme()).then().statusCode(200)
                .body("type", equalTo("MENTORING"));
        String name = "Dinner hosts " + UUID.randomUUID();
        String id = given().contentType(ContentType.JSON).body("{\"name\": \"%s\", \"type\": \"HOST_FAMILY\"}".formatted(name))
                .when().post("/programmes")
                .then().statusCode(201).body("type", equalTo("HOST_FAMILY")).extract().path("id");
        given().when().get("/programmes/{id}", id).then().statusCode(200).body("type", equalTo("HOST_FAMILY"));
        given().queryParam("q", name).when().get("/programmes").then().statusCode(200)
                .body("items.type", contains("HOST_FAMILY"));
    }

    @Test
    void shouldKeepTheTypeWhenAChangeLeavesItOutOrRepeatsIt() {
        String id = Api.createProgrammeOfType("COACHING");
        given().contentType(ContentType.JSON).body("{\"name\": \"Renamed\"}")
                .when().put("/programmes/{id}", id)
                .then().statusCode(200).body("type", equalTo("COACHING"));
        given().contentType(ContentType.JSON).body("{\"name\": \"Again\", \"type\": \"COACHING\"}")
                .when().put("/programmes/{id}", id)
                .then().statusCode(200).body("type", equalTo("COACHING"));
        given().contentType(MERGE_PATCH).body("{\"description\": \"Partners of posted staff\"}")
                .when().patch("/programmes/{id}", id)
                .then().statusCode(200).body("type", equalTo("COACHING"));
    }

    @Test
    void shouldRefuseToChangeTheTypeOfAProgrammeNamingTheField() {
        String id = Api.createProgrammeOfType("WORKPLACE_MENTORING");
        problem(given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body("{\"name\": \"x\", \"type\": \"HOST_FAMILY\"}")
                .when().put("/programmes/{id}", id)
                .then(), 409)
                .body("type", endsWith("/type-fixed"))
                .body("violations.field", contains("type"));
        problem(given().contentType(MERGE_PATCH).body("{\"type\": \"MENTORING\"}")
                .when().patch("/programmes/{id}", id)
                .then(), 409)
                .body("violations.field", contains("type"));
        given().when().get("/programmes/{id}", id).then()
                .header("ETag", equalTo("\"0\""))
                .body("type", equalTo("WORKPLACE_MENTORING"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAnUnknownTypeNamingTheField() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"type\": \"BOOK_CLUB\"}")
                .when().post("/programmes")
                .then(), 400)
                .body("field", equalTo("type"))
                .body("detail", containsString("HOST_FAMILY"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAnUnknownConsentBasis() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"matchingBases\": [\"OPT_IN\"]}")
                .when().post("/programmes")
                .then(), 400)
                .body("field", startsWith("matchingBases"));
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"matchingBases\": [null]}")
                .when().post("/programmes")
                .then(), 400)
                .body("violations.field", hasItem(startsWith("matchingBases")));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectARetentionOutOfRange() {
        for (String days : new String[] {"29", "3651", "-1"}) {
            problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"retentionDays\": %s}".formatted(days))
                    .when().post("/programmes")
                    .then(), 400)
                    .body("violations.field", hasItem("retentionDays"));
        }
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"retentionDays\": \"a year\"}")
                .when().post("/programmes")
                .then(), 400)
                .body("field", equalTo("retentionDays"));
        String id = Api.createProgramme();
        problem(given().contentType(MERGE_PATCH).body("{\"retentionDays\": 10}")
                .when().patch("/programmes/{id}", id)
                .then(), 400)
                .body("violations.field", hasItem("retentionDays"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAProgrammeWithoutAName() {
        problem(given().contentType(ContentType.JSON).body("{\"description\": \"no name\"}")
                .when().post("/programmes")
                .then(), 400)
                .body("violations.field", hasItem("name"))
                .body("violations.in", hasItem("body"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectANameLongerThan200Characters() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"%s\"}".formatted("x".repeat(201)))
                .when().post("/programmes")
                .then(), 400)
                .body("violations.field", hasItem("name"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectUnknownFieldsByName() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\", \"nmae\": \"typo\"}")
                .when().post("/programmes")
                .then(), 400)
                .body("field", equalTo("nmae"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldSayWhereTheBodyStopsBeingJson() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": ")
                .when().post("/programmes")
                .then(), 400)
                .body("detail", containsString("line 1, column"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAnOversizedBody() {
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"%s\"}".formatted("x".repeat(1_100_000)))
                .when().post("/programmes")
                .then(), 413);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectABodyThatIsNotJson() {
        problem(given().contentType(ContentType.TEXT).body("name=x")
                .when().post("/programmes")
                .then(), 415);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAPageLimitOutOfRange() {
        problem(given().queryParam("limit", 101).when().get("/programmes").then(), 400)
                .body("violations.field", hasItem("limit"))
                .body("violations.in", hasItem("query"));
        problem(given().queryParam("offset", -1).when().get("/programmes").then(), 400)
                .body("violations.field", hasItem("offset"));
        problem(given().queryParam("limit", "ten").when().get("/programmes").then(), 400)
                .body("violations.field", hasItem("limit"))
                .body("violations.in", hasItem("query"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldAnswer404ForAnUnknownOrMalformedId() {
        UUID unknown = UUID.randomUUID();
        problem(given().when().get("/programmes/{id}", unknown).then(), 404)
                .body("detail", containsString(unknown.toString()));
        problem(given().when().get("/programmes/not-a-uuid").then(), 404);
        problem(given().contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                .when().put("/programmes/{id}", unknown).then(), 404);
        problem(given().when().delete("/programmes/{id}", unknown).then(), 404);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldAnswer404ForAPathWithMatrixParameters() {
        // Without the refusal, the router drops ";x=1" and answers the list of programmes.
        problem(given().urlEncodingEnabled(false).when().get("/programmes/;x=1").then(), 404);
        problem(given().urlEncodingEnabled(false).when().get("/programmes;x=1").then(), 404);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldAnswer404ForAnIdThatIsNoUriOnceDecoded() {
        // Decoded, these hold a brace, a space, a lone % or NUL, which no URI (a problem's instance) may hold.
        for (String id : new String[] {"%7B%7D", "a%20b", "%25", "%00"}) {
            problem(given().urlEncodingEnabled(false).when().get("/programmes/" + id).then(), 404);
            problem(given().urlEncodingEnabled(false).contentType(ContentType.JSON).body("{\"name\": \"x\"}")
                    .when().put("/programmes/" + id).then(), 404);
        }
    }

    @Test
    void shouldDeleteAnEmptyProgrammeWithItsCohorts() {
        String id = Api.createProgramme();
        Api.createCohort(id);
        given().header("If-Match", "\"0\"").when().delete("/programmes/{id}", id).then().statusCode(204);
        problem(given().when().get("/programmes/{id}/cohorts", id).then(), 404);
    }

    @Test
    void shouldRefuseAStaleDelete() {
        String id = Api.createProgramme();
        problem(given().header("If-Match", "\"5\"").when().delete("/programmes/{id}", id).then(), 412);
        given().when().get("/programmes/{id}", id).then().statusCode(200);
    }

    @Test
    void shouldRefuseToDeleteAProgrammeWithProfilesUnlessCascading() {
        String id = Api.createProgramme();
        String cohortId = Api.createCohort(id);
        new TestCohort(id, cohortId).mentor();
        problem(given().when().delete("/programmes/{id}", id).then(), 409)
                .body("type", containsString("has-profiles"));
        given().when().get("/programmes/{id}/cohorts/{c}", id, cohortId).then().statusCode(200);

        given().queryParam("cascade", true).when().delete("/programmes/{id}", id).then().statusCode(204);
        problem(given().when().get("/programmes/{id}", id).then(), 404);
    }
}
