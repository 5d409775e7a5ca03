package org.mentormatch.support;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

/** Sets a programme's attributes through the API, reading its ETag first. */
public final class ProgrammeAttributes {

    /** A coaching programme's: a posting phase of both sides, diets, children (mentors only), years abroad. */
    public static final String COACHING = """
            {"attributes": [
              {"key": "postingPhase", "label": "Posting phase", "type": "CHOICE",
               "options": ["BEFORE_DEPARTURE", "ABROAD", "RETURNED"], "appliesTo": "BOTH"},
              {"key": "diet", "label": "Diet", "type": "MULTI_CHOICE", "options": ["vegetarian", "halal", "kosher"]},
              {"key": "hasChildren", "label": "Has children", "type": "BOOLEAN", "appliesTo": "MENTOR"},
              {"key": "yearsAbroad", "label": "Years abroad", "type": "NUMBER", "appliesTo": "BOTH"}]}""";

    private ProgrammeAttributes() {
    }

    public static String path(String programmeId) {
        return "/programmes/" + programmeId + "/attributes";
    }

    /** PUTs {@code body} with the current ETag. */
    public static ValidatableResponse put(String programmeId, String body) {
        String etag = given().when().get(path(programmeId)).then().statusCode(200).extract().header("ETag");
        return given().contentType(ContentType.JSON).header("If-Match", etag).body(body)
                .when().put(path(programmeId)).then();
    }

    /** Sets {@link #COACHING}. */
    public static void coaching(String programmeId) {
        put(programmeId, COACHING).statusCode(200);
    }
}
