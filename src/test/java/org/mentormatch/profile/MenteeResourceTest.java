package org.mentormatch.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.RequestsOutsideTheContract;

@QuarkusTest
class MenteeResourceTest extends ProfileResourceContract {

    @Override
    String collection() {
        return "mentees";
    }

    @Override
    JsonBody body(String email) {
        return JsonBody.mentee(email);
    }

    @Test
    void shouldGiveMenteeDefaultWishesWhenNoneAreSent() {
        post(body("a@example.org"))
                .statusCode(201)
                .body("wishes.preferredFields", empty())
                .body("wishes.preferredLanguages", empty())
                .body("wishes.meetingMode", equalTo("EITHER"))
                .body("wishes.note", nullValue());
    }

    @Test
    void shouldStoreMenteeWishes() {
        post(body("a@example.org")
                        .with("wishes.preferredFields", List.of("25", "2421"))
                        .with("wishes.preferredLanguages", List.of("EN"))
                        .with("wishes.meetingMode", "IN_PERSON")
                        .with("wishes.note", "Would like to move into management"))
                .statusCode(201)
                .body("wishes.preferredFields", contains("25", "2421"))
                .body("wishes.preferredLanguages", contains("en"))
                .body("wishes.meetingMode", equalTo("IN_PERSON"))
                .body("wishes.note", equalTo("Would like to move into management"));
    }

    @Test
    void shouldMergePatchIntoWishesAndClearNulls() {
        String id = create(body("a@example.org")
                .with("wishes.preferredFields", List.of("25"))
                .with("wishes.meetingMode", "IN_PERSON")
                .with("wishes.note", "Mornings only"));

        given().contentType("application/merge-patch+json").header("If-Match", "\"0\"")
                .body("{\"wishes\": {\"meetingMode\": \"ONLINE\", \"note\": null}}")
                .when().patch(collectionPath() + "/" + id)
                .then().statusCode(200)
                .body("wishes.preferredFields", contains("25"))
                .body("wishes.meetingMode", equalTo("ONLINE"))
                .body("wishes.note", nullValue());
    }

    @Test
    void shouldResetWishesWhenPatchedToNull() {
        String id = create(body("a@example.org").with("wishes.preferredFields", List.of("25")));

        given().contentType("application/merge-patch+json").body("{\"wishes\": null}")
                .when().patch(collectionPath() + "/" + id)
                .then().statusCode(200)
                .body("wishes.preferredFields", empty())
                .body("wishes.meetingMode", equalTo("EITHER"));
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectMenteeWithUnknownMeetingMode() {
        post(body("a@example.org").with("wishes.meetingMode", "BY_CARRIER_PIGEON"))
                .statusCode(400)
                .header("Content-Type", startsWith(PROBLEM_JSON))
                .body("field", equalTo("wishes.meetingMode"));
        assertStored(cohort, 0);
    }

    @Test
    void shouldRejectMenteeWithUnknownPreferredLanguage() {
        assertRejected(body("a@example.org").with("wishes.preferredLanguages", List.of("xx")),
                "wishes.preferredLanguages[0]");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectMenteeWithPreferredFieldThatIsNotAnOccupationCode() {
        assertRejected(body("a@example.org").with("wishes.preferredFields", List.of("IT")),
                "wishes.preferredFields[0]");
    }

    @Test
    @RequestsOutsideTheContract
    void shouldRejectMenteeWithWishNoteOver2000Characters() {
        assertRejected(body("a@example.org").with("wishes.note", "x".repeat(2001)), "wishes.note");
    }
}
