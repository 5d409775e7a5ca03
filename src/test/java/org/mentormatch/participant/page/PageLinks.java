package org.mentormatch.participant.page;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import org.mentormatch.support.PublishedPair;

/** Invitation links, made by a coordinator through the API as a participant would receive them. */
final class PageLinks {

    private PageLinks() {
    }

    static String mentee(PublishedPair pair) {
        return invite(pair, "mentees", pair.menteeId());
    }

    static String mentor(PublishedPair pair) {
        return invite(pair, "mentors", pair.mentorId());
    }

    private static String invite(PublishedPair pair, String kind, String profileId) {
        return given().contentType(ContentType.JSON).body("{\"validForDays\": 10}")
                .when().post(pair.cohort().path() + "/" + kind + "/" + profileId + "/invitation")
                .then().statusCode(201).extract().path("link");
    }

    /** The token, the link's last segment. */
    static String token(String link) {
        return link.substring(link.lastIndexOf('/') + 1);
    }
}
