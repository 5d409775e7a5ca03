package org.mentormatch.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.TestCohort;

/**
 * What mentors and mentees both do, run once for each through HTTP. Every test works in a cohort of its own.
 */
abstract class ProfileResourceContract {

    static final String PROBLEM_JSON = "application/problem+json";

    TestCohort cohort;

    /** The collection's last path segment: {@code mentors} or {@code mentees}. */
    abstract String collection();

    /** A valid body with only the required fields. */
    abstract JsonBody body(String email);

    @BeforeEach
    void createCohort() {
        cohort = TestCohort.create();
    }

    // ---- create and read

    @Test
    void shouldCreateProfileWithNormalisedValuesAndDefaults() {
        String location = post(body("Mette@Example.ORG")
                        .with("displayName", "  Mette Hansen ")
                        .with("languages", List.of("DA", "en", "da"))
                        .with("homeCountry", "dk")
                        .with("region", "dk-84")
                        .with("skills", List.of(" Java ", "Hiring")))
                .statusCode(201)
                .header("ETag", equalTo("\"0\""))
                .header("Location", containsString(collectionPath() + "/"))
                .body("id", notNullValue())
                .body("cohortId", equalTo(cohort.cohortId()))
                .body("displayName", equalTo("Mette Hansen"))
                .body("email", equalTo("mette@example.org"))
                .body("languages", contains("da", "en"))
                .body("homeCountry", equalTo("DK"))
                .body("region", equalTo("DK-84"))
                .body("skills", contains("Java", "Hiring"))
                .body("interests", empty())
                .body("remoteOk", equalTo(false))
                .body("educationLevel", nullValue())
                .body("version", equalTo(0))
                .body("createdAt", notNullValue())
                .body("updatedAt", notNullValue())
                .extract().header("Location");

        given().when().get(location)
                .then().statusCode(200)
                .header("ETag", equalTo("\"0\""))
                .body("email", equalTo("mette@example.org"))
                .body("field", equalTo(body("x@example.org").asMap().get("field")));
    }

    @Test
    void shouldAnswerUnknownProfileWith404() {
        given().when().get(collectionPath() + "/" + UUID.randomUUID())
                .then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("type", equalTo("https://mentor-match.org/problems/not-found"));
    }

    @Test
    void shouldAnswerProfileOfAnotherCohortWith404() {
        String id = create(body("a@example.org"));
        TestCohort other = cohort.sibling();

        given().when().get(other.path() + "/" + collection() + "/" + id)
                .then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM_JSON));
    }

    @Test
    void shouldAnswerUnknownProgrammeWith404() {
        given().when().get("/programmes/{p}/cohorts/{c}/" + collection(), UUID.randomUUID(), cohort.cohortId())
                .then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("detail", containsString("Programme"));
    }

    @Test
    void shouldAnswerUnknownCohortWith404() {
        given().contentType(ContentType.JSON).body(body("a@example.org").asMap())
                .when().post("/programmes/{p}/cohorts/{c}/" + collection(), cohort.programmeId(), UUID.randomUUID())
                .then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("detail", containsString("Cohort"));
    }

    @Test
    void shouldAnswerCohortOfAnotherProgrammeWith404() {
        TestCohort elsewhere = TestCohort.create();

        given().contentType(ContentType.JSON).body(body("a@example.org").asMap())
                .when().post("/programmes/{p}/cohorts/{c}/" + collection(), cohort.programmeId(), elsewhere.cohortId())
                .then().statusCode(404)
                .header("Content-Type", startsWith(PROBLEM_JSON));
        assertStored(elsewhere, 0);
    }

    // ---- list, filter, page

    @Test
    void shouldListInCreationOrderAPageAtATime() {
        create(body("first@example.org"));
        create(body("second@example.org"));
        create(body("third@example.org"));

        given().queryParam("offset", 1).queryParam("limit", 1)
                .when().get(collectionPath())
                .then().statusCode(200)
                .body("items.email", contains("second@example.org"))
                .body("offset", equalTo(1))
                .body("limit", equalTo(1))
                .body("total", equalTo(3));
    }

    @Test
    void shouldPageOnFromEachPagesNextCursor() {
        create(body("first@example.org"));
        create(body("second@example.org"));
        create(body("third@example.org"));

        String next = given().queryParam("limit", 2)
                .when().get(collectionPath())
                .then().statusCode(200)
                .body("items.email", contains("first@example.org", "second@example.org"))
                .body("next", notNullValue())
                .extract().path("next");
        given().queryParam("limit", 2).queryParam("cursor", next)
                .when().get(collectionPath())
                .then().statusCode(200)
                .body("items.email", contains("third@example.org"))
                .body("offset", equalTo(2))
                .body("total", equalTo(3))
                .body("next", nullValue());
    }

    @Test
    void shouldGiveACursorOnOffsetPagesAndKeepTheFiltersAlongIt() {
        create(body("a@example.org").with("field", "2511"));
        create(body("b@example.org").with("field", "2421"));
        create(body("c@example.org").with("field", "2512"));
        create(body("d@example.org").with("field", "2513"));

        String next = given().queryParam("field", "25").queryParam("offset", 1).queryParam("limit", 1)
                .when().get(collectionPath())
                .then().statusCode(200)
                .body("items.email", contains("c@example.org"))
                .extract().path("next");
        given().queryParam("field", "25").queryParam("limit", 1).queryParam("cursor", next)
                .when().get(collectionPath())
                .then().statusCode(200)
                .body("items.email", contains("d@example.org"))
                .body("offset", equalTo(2))
                .body("total", equalTo(3))
                .body("next", nullValue());
    }

    @Test
    void shouldRejectACursorItDidNotGive() {
        given().queryParam("cursor", "not-a-cursor")
                .when().get(collectionPath())
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("violations.field", contains("cursor"))
                .body("violations.in", contains("query"));
    }

    @Test
    void shouldFilterByFieldPrefix() {
        create(body("a@example.org").with("field", "2511"));
        create(body("b@example.org").with("field", "2512"));
        create(body("c@example.org").with("field", "2421"));

        assertFound("field", "25", "a@example.org", "b@example.org");
        assertFound("field", "2421", "c@example.org");
        assertFound("field", "3");
    }

    @Test
    void shouldFilterByLanguage() {
        create(body("a@example.org").with("languages", List.of("da", "en")));
        create(body("b@example.org").with("languages", List.of("en")));
        create(body("c@example.org").with("languages", List.of("de")));

        assertFound("language", "en", "a@example.org", "b@example.org");
        assertFound("language", "DA", "a@example.org");
        assertFound("language", "fr");
    }

    @Test
    void shouldSearchNameAndEmailIgnoringCaseAndWildcards() {
        create(body("mette@example.org").with("displayName", "Mette Hansen"));
        create(body("a_b@example.org").with("displayName", "Anders"));
        create(body("axb@example.org").with("displayName", "Bo"));

        assertFound("q", "HANSEN", "mette@example.org");
        assertFound("q", "a_b", "a_b@example.org");
        assertFound("q", "%");
        assertFound("q", "EXAMPLE.org", "mette@example.org", "a_b@example.org", "axb@example.org");
    }

    @Test
    void shouldCombineFilters() {
        create(body("a@example.org").with("field", "2511").with("languages", List.of("da")));
        create(body("b@example.org").with("field", "2511").with("languages", List.of("en")));

        given().queryParam("field", "25").queryParam("language", "en")
                .when().get(collectionPath())
                .then().statusCode(200)
                .body("items.email", contains("b@example.org"))
                .body("total", equalTo(1));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectInvalidListParameters() {
        given().queryParam("language", "xx").queryParam("field", "25x").queryParam("limit", 101)
                .when().get(collectionPath())
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("violations.field", hasItem("language"))
                .body("violations.field", hasItem("field"))
                .body("violations.field", hasItem("limit"))
                .body("violations.in", everyItem(equalTo("query")));
    }

    // ---- replace, patch, delete

    @Test
    void shouldReplaceWhenIfMatchIsCurrent() {
        String id = create(body("a@example.org").with("employer", "Maersk").with("yearsOfExperience", 10));

        given().contentType(ContentType.JSON).header("If-Match", "\"0\"")
                .body(body("a@example.org").with("displayName", "Renamed").asMap())
                .when().put(collectionPath() + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("displayName", equalTo("Renamed"))
                .body("employer", nullValue())
                .body("yearsOfExperience", nullValue())
                .body("version", equalTo(1));
    }

    @Test
    void shouldRefuseReplaceWithStaleIfMatch() {
        String id = create(body("a@example.org"));

        given().contentType(ContentType.JSON).header("If-Match", "\"7\"")
                .body(body("a@example.org").with("displayName", "Renamed").asMap())
                .when().put(collectionPath() + "/" + id)
                .then().statusCode(412)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("currentETag", equalTo("\"0\""));
        given().when().get(collectionPath() + "/" + id)
                .then().statusCode(200).body("version", equalTo(0)).body("displayName", not(equalTo("Renamed")));
    }

    @Test
    void shouldPatchSetFieldsAndClearNulls() {
        String id = create(body("a@example.org").with("employer", "Maersk").with("yearsOfExperience", 10)
                .with("interests", List.of("Sailing")));

        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"employer\": null, \"yearsOfExperience\": 12, \"remoteOk\": true}")
                .when().patch(collectionPath() + "/" + id)
                .then().statusCode(200)
                .header("ETag", equalTo("\"1\""))
                .body("employer", nullValue())
                .body("yearsOfExperience", equalTo(12))
                .body("remoteOk", equalTo(true))
                .body("interests", contains("Sailing"))
                .body("email", equalTo("a@example.org"));
    }

    @Test
    void shouldRejectPatchThatBreaksARuleAndKeepTheProfile() {
        String id = create(body("a@example.org"));

        given().contentType("application/merge-patch+json")
                .body("{\"languages\": [\"en\", \"xx\"], \"displayName\": null}")
                .when().patch(collectionPath() + "/" + id)
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("violations.field", hasItem("languages[1]"))
                .body("violations.field", hasItem("displayName"));
        given().when().get(collectionPath() + "/" + id).then().statusCode(200).body("version", equalTo(0));
    }

    @Test
    void shouldRefusePatchWithStaleIfMatch() {
        String id = create(body("a@example.org"));

        given().contentType("application/merge-patch+json").header("If-Match", "\"3\"")
                .body("{\"remoteOk\": true}")
                .when().patch(collectionPath() + "/" + id)
                .then().statusCode(412)
                .header("Content-Type", startsWith(PROBLEM_JSON));
    }

    @Test
    void shouldDeleteWhenIfMatchIsCurrent() {
        String id = create(body("a@example.org"));

        given().header("If-Match", "\"5\"").when().delete(collectionPath() + "/" + id)
                .then().statusCode(412).header("Content-Type", startsWith(PROBLEM_JSON));
        given().header("If-Match", "\"0\"").when().delete(collectionPath() + "/" + id)
                .then().statusCode(204);
        given().when().get(collectionPath() + "/" + id).then().statusCode(404);
        assertStored(cohort, 0);
    }

    // ---- email uniqueness

    @Test
    void shouldRefuseAnEmailTakenInTheCohortInAnyCase() {
        create(body("taken@example.org"));

        post(body("TAKEN@example.org"))
                .statusCode(409)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("type", equalTo("https://mentor-match.org/problems/email-taken"))
                .body("violations.field", contains("email"))
                .body("detail", not(containsString("taken@example.org")));
        assertStored(cohort, 1);
    }

    @Test
    void shouldRefuseReplaceOntoAnotherProfilesEmail() {
        create(body("taken@example.org"));
        String id = create(body("mine@example.org"));

        given().contentType(ContentType.JSON).body(body("taken@example.org").asMap())
                .when().put(collectionPath() + "/" + id)
                .then().statusCode(409)
                .body("violations.field", contains("email"));
        given().when().get(collectionPath() + "/" + id).then().body("email", equalTo("mine@example.org"));
    }

    @Test
    void shouldAllowTheSameEmailInAnotherCohort() {
        create(body("same@example.org"));
        TestCohort other = cohort.sibling();

        given().contentType(ContentType.JSON).body(body("same@example.org").asMap())
                .when().post(other.path() + "/" + collection())
                .then().statusCode(201);
    }

    // ---- consent at intake

    @Test
    void shouldKeepConsentThroughCreateReadAndPatch() {
        String id = create(body("a@example.org").with("consent.basis", "CONSENT").with("consent.version", " 2026-01 ")
                .with("consent.givenAt", "2026-01-15T10:30:00+01:00"));

        given().when().get(collectionPath() + "/" + id).then().statusCode(200)
                .body("consent.basis", equalTo("CONSENT"))
                .body("consent.version", equalTo("2026-01"))
                .body("consent.givenAt", equalTo("2026-01-15T09:30:00Z"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"consent\": {\"basis\": \"CONTRACT\"}}")
                .when().patch(collectionPath() + "/" + id)
                .then().statusCode(200)
                .body("consent.basis", equalTo("CONTRACT"))
                .body("consent.version", equalTo("2026-01"))
                .body("consent.givenAt", equalTo("2026-01-15T09:30:00Z"));
        given().contentType("application/merge-patch+json").header("If-Match", "\"1\"")
                .body("{\"consent\": null}")
                .when().patch(collectionPath() + "/" + id)
                .then().statusCode(200)
                .body("consent", nullValue());
    }

    @Test
    void shouldCreateProfilesWithoutConsent() {
        post(body("a@example.org")).statusCode(201).body("consent", nullValue());
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAnUnknownConsentBasis() {
        post(body("a@example.org").with("consent.basis", "OPT_IN"))
                .statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("field", equalTo("consent.basis"));
        assertStored(cohort, 0);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectConsentWithoutABasis() {
        assertRejected(body("a@example.org").with("consent.version", "2026-01"), "consent.basis");
    }

    @Test
    void shouldRejectConsentGivenInTheFuture() {
        assertRejected(body("a@example.org").with("consent.basis", "CONSENT").with("consent.givenAt", "2999-01-01T00:00:00Z"),
                "consent.givenAt");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectAConsentVersionLongerThan50Characters() {
        assertRejected(body("a@example.org").with("consent.basis", "CONSENT").with("consent.version", "v".repeat(51)),
                "consent.version");
    }

    // ---- bad input: 400 problem naming the field, nothing written

    @Test
    @RequestsOutsideTheContract
    void shouldRejectProfileWithoutDisplayName() {
        assertRejected(body("a@example.org").without("displayName"), "displayName");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectProfileWithoutEmail() {
        assertRejected(body("a@example.org").without("email"), "email");
    }

    @Test
    void shouldRejectProfileWithMalformedEmail() {
        assertRejected(body("not-an-email"), "email");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectProfileWithoutField() {
        assertRejected(body("a@example.org").without("field"), "field");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectProfileWithFieldThatIsNotAnOccupationCode() {
        assertRejected(body("a@example.org").with("field", "25111"), "field");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectProfileWithoutLanguages() {
        assertRejected(body("a@example.org").with("languages", List.of()), "languages");
    }

    @Test
    void shouldRejectProfileWithUnknownLanguageCode() {
        assertRejected(body("a@example.org").with("languages", List.of("da", "xx")), "languages[1]")
                .body("violations.message", hasItem("must be an ISO 639-1 language code"));
    }

    @Test
    void shouldRejectProfileWithUnknownHomeCountry() {
        assertRejected(body("a@example.org").with("homeCountry", "XX"), "homeCountry")
                .body("violations.message", hasItem("must be an ISO 3166-1 alpha-2 country code"));
    }

    @Test
    void shouldRejectProfileWithMalformedRegion() {
        assertRejected(body("a@example.org").with("region", "DK84"), "region");
    }

    @Test
    void shouldRejectProfileWithRegionOfUnknownCountry() {
        assertRejected(body("a@example.org").with("region", "XX-84"), "region");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectProfileWithEducationLevelAboveIsced8() {
        assertRejected(body("a@example.org").with("educationLevel", 9), "educationLevel");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectProfileWithBlankSkill() {
        assertRejected(body("a@example.org").with("skills", List.of("Java", " ")), "skills[1]");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectProfileWithMoreThan50Interests() {
        List<String> interests = Arrays.stream(new String[51]).map(nothing -> "x").toList();
        assertRejected(body("a@example.org").with("interests", interests), "interests");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectUnknownJsonProperty() {
        post(body("a@example.org").with("nickname", "Mette"))
                .statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("field", equalTo("nickname"));
        assertStored(cohort, 0);
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectMalformedJson() {
        given().contentType(ContentType.JSON).body("{\"displayName\": ")
                .when().post(collectionPath())
                .then().statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("detail", startsWith("The body is not valid JSON"));
        assertStored(cohort, 0);
    }

    // ---- helpers

    String collectionPath() {
        return cohort.path() + "/" + collection();
    }

    ValidatableResponse post(JsonBody body) {
        return given().contentType(ContentType.JSON).body(body.asMap())
                .when().post(collectionPath())
                .then();
    }

    /** Creates the profile and answers its id. */
    String create(JsonBody body) {
        return post(body).statusCode(201).extract().path("id");
    }

    /** The body is refused as a 400 problem naming the field, and nothing is written. */
    ValidatableResponse assertRejected(JsonBody body, String field) {
        ValidatableResponse response = post(body)
                .statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("violations.field", hasItem(field))
                .body("violations.in", hasItem("body"));
        assertStored(cohort, 0);
        return response;
    }

    void assertStored(TestCohort in, int count) {
        given().when().get(in.path() + "/" + collection())
                .then().statusCode(200).body("total", equalTo(count));
    }

    void assertFound(String parameter, String value, String... emails) {
        given().queryParam(parameter, value)
                .when().get(collectionPath())
                .then().statusCode(200)
                .body("items.email", emails.length == 0 ? empty() : contains((Object[]) emails))
                .body("total", equalTo(emails.length));
    }
}
