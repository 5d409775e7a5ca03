package org.mentormatch.participant.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.mentormatch.security.TestTokens;
import org.mentormatch.support.Backdate;
import org.mentormatch.support.PublishedPair;
import org.mentormatch.support.TestCohort;

@QuarkusTest
class ParticipantPageTest {

    private static final String TODAY = LocalDate.now(ZoneOffset.UTC).toString();

    @Test
    void shouldShowTheMatchInEnglishWithEveryInputLabelled() {
        PublishedPair pair = PublishedPair.create();
        Backdate.published(pair.matchId(), 40);
        Response page = open(PageLinks.mentee(pair), "en-GB,en;q=0.9");

        page.then().statusCode(200).contentType(startsWith("text/html"))
                .header("Content-Security-Policy", equalTo(PageLinkFilter.POLICY))
                .header("Referrer-Policy", equalTo("no-referrer"));
        Document html = Jsoup.parse(page.asString());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Your mentoring programme");
        assertThat(html.title()).isEqualTo("Your mentoring programme");
        assertThat(html.select(".match .name").eachText()).containsExactly("Mette");
        assertThat(html.select(".match dd").eachText()).contains("2511", "da");
        assertThat(html.select(".match a[href^=mailto:]")).hasSize(1);
        assertThat(html.select("form")).extracting(form -> form.attr("action"))
                .allMatch(action -> action.startsWith("/participant/")).hasSize(2);
        assertEveryInputLabelled(html);
        assertThat(html.select("h1, h2").stream().map(Element::tagName).toList())
                .containsExactly("h1", "h2", "h2", "h2");
    }

    @Test
    void shouldSpeakDanishWhenTheBrowserPrefersIt() {
        PublishedPair pair = PublishedPair.create();
        Document html = Jsoup.parse(open(PageLinks.mentor(pair), "da-DK,da;q=0.9,en;q=0.8").then().statusCode(200)
                .extract().asString());
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(html.selectFirst("h1").text()).isEqualTo("Dit mentorprogram");
        assertThat(html.selectFirst("label[for=minutes]").text()).isEqualTo("Minutter");
        assertThat(html.select(".match .name").eachText()).containsExactly("Ana");
        assertEveryInputLabelled(html);
    }

    @Test
    void shouldShowNoFormsBeforeTheMatchIsPublishedAndRefuseAMeetingSentAnyway() {
        PublishedPair pair = PublishedPair.accepted(TestCohort.create());
        String link = PageLinks.mentee(pair);
        Document html = Jsoup.parse(open(link, null).then().statusCode(200).extract().asString());
        assertThat(html.select("form")).isEmpty();
        assertThat(html.select(".match a[href^=mailto:]")).as("no address before publishing").isEmpty();
        Document refused = Jsoup.parse(given().header("Accept-Language", "da")
                .formParams(Map.of("date", TODAY, "minutes", "30", "mode", "PHONE"))
                .when().post(link + "/check-ins").then().statusCode(409).extract().asString());
        assertThat(refused.select("[role=alert]").text()).isEqualTo("Det kunne ikke gemmes; siden viser, hvad du kan gøre nu.");
    }

    @Test
    void shouldRecordAMeetingThroughTheFormAndConfirmIt() {
        PublishedPair pair = PublishedPair.create();
        String link = PageLinks.mentee(pair);
        given().formParams(Map.of("date", TODAY, "minutes", "45", "mode", "ONLINE", "topics", "CV, Interviews",
                        "note", "Went through an advert"))
                .redirects().follow(false)
                .when().post(link + "/check-ins")
                .then().statusCode(303).header("Location", endsWith("/participant/" + PageLinks.token(link) + "?saved=check-in"));

        Document confirmed = Jsoup.parse(open(link + "?saved=check-in", null).then().statusCode(200).extract().asString());
        assertThat(confirmed.select("[role=status]").text()).isEqualTo("Your meeting is saved. Thank you!");
        given().when().get(pair.path() + "/check-ins").then().statusCode(200)
                .body("items.minutes", contains(45))
                .body("items[0].mode", equalTo("ONLINE"))
                .body("items[0].topics", contains("CV", "Interviews"))
                .body("items[0].recordedAs", equalTo("MENTEE"));
    }

    @Test
    void shouldAnswerFeedbackThroughTheForm() {
        PublishedPair pair = PublishedPair.create();
        Backdate.published(pair.matchId(), 40);
        String link = PageLinks.mentor(pair);
        given().formParams(Map.of("fit", "2", "continue", "no", "comment", "We rarely meet"))
                .redirects().follow(false)
                .when().post(link + "/feedback")
                .then().statusCode(303).header("Location", endsWith("?saved=feedback"));

        given().when().get(pair.path() + "/feedback").then().statusCode(200)
                .body("side", contains("MENTOR")).body("fit", contains(2)).body("continue", contains(false))
                .body("comment", contains("We rarely meet"));
        Document after = Jsoup.parse(open(link + "?saved=feedback", null).then().extract().asString());
        assertThat(after.select("[role=status]").text()).isEqualTo("Your feedback is saved. Thank you!");
        assertThat(after.select("form[action$=/feedback]")).as("the round is answered").isEmpty();

        // Sent again (a reload, a second tab): refused, not taken as an early answer to the next round.
        Document again = Jsoup.parse(given().formParams(Map.of("fit", "4", "continue", "yes")).when().post(link + "/feedback")
                .then().statusCode(409).contentType(startsWith("text/html")).extract().asString());
        assertThat(again.select("[role=alert]").text()).isEqualTo("This could not be saved; the page shows what you can do now.");
        given().when().get(pair.path() + "/feedback").then().body("fit", contains(2));
    }

    @Test
    void shouldShowABadValueAgainWithItsMessageNextToItsField() {
        PublishedPair pair = PublishedPair.create();
        Backdate.published(pair.matchId(), 40);
        String link = PageLinks.mentee(pair);
        for (String minutes : List.of("0", "1441", "an hour")) {
            Response refused = given().header("Accept-Language", "en")
                    .formParams(Map.of("date", TODAY, "minutes", minutes, "mode", "PHONE"))
                    .when().post(link + "/check-ins");
            refused.then().statusCode(400).contentType(startsWith("text/html"));
            Document html = Jsoup.parse(refused.asString());
            Element input = html.getElementById("minutes");
            assertThat(input.attr("value")).isEqualTo(minutes);
            assertThat(input.attr("aria-describedby")).isEqualTo("minutes-error");
            assertThat(html.getElementById("minutes-error").text()).isEqualTo("Enter the minutes as a whole number from 1 to 1440.");
            assertThat(html.select("input[name=mode][checked]").attr("value")).isEqualTo("PHONE");
            assertThat(html.select(".error[id]")).hasSize(1);
        }
        Document future = Jsoup.parse(given().formParams(Map.of("date", LocalDate.parse(TODAY).plusDays(2).toString(),
                "minutes", "30", "mode", "PHONE")).when().post(link + "/check-ins").then().statusCode(400).extract().asString());
        assertThat(future.select(".error[id]").eachAttr("id")).containsExactly("date-error");
        Document danish = Jsoup.parse(given().header("Accept-Language", "da").formParams(Map.of("fit", "7"))
                .when().post(link + "/feedback").then().statusCode(400).extract().asString());
        assertThat(danish.select(".error[id]").eachAttr("id")).containsExactly("fit-error", "continue-error");
        assertThat(danish.getElementById("fit-error").text()).isEqualTo("Vælg et tal fra 1 til 5.");
        // Text PostgreSQL cannot store (a NUL character) is a field error, not a failure.
        Document nul = Jsoup.parse(given().formParams(Map.of("date", TODAY, "minutes", "30", "mode", "PHONE",
                "note", "a\u0000b")).when().post(link + "/check-ins").then().statusCode(400).extract().asString());
        assertThat(nul.select(".error[id]").eachAttr("id")).containsExactly("note-error");
        given().when().get(pair.path() + "/check-ins").then().body("items", empty());
    }

    @Test
    void shouldAnswerAReplacedExpiredOrForgedLinkWithAFriendlyPage() {
        PublishedPair pair = PublishedPair.create();
        String replaced = PageLinks.mentee(pair);
        String current = PageLinks.mentee(pair);
        String base = current.substring(0, current.lastIndexOf('/') + 1);
        for (String link : List.of(replaced, base + TestTokens.expiredParticipant(pair.menteeId(), pair.cohort().programmeId()),
                base + TestTokens.signedByStranger(), base + "not-a-token", base + "a.b.c")) {
            Response refused = open(link, "en");
            refused.then().statusCode(401).contentType(startsWith("text/html"))
                    .header("Content-Security-Policy", equalTo(PageLinkFilter.POLICY));
            assertThat(Jsoup.parse(refused.asString()).select("main p").text())
                    .isEqualTo("This link is no longer valid; ask your coordinator for a new one.");
        }
        Document danish = Jsoup.parse(open(replaced, "da").then().statusCode(401).extract().asString());
        assertThat(danish.selectFirst("html").attr("lang")).isEqualTo("da");
        assertThat(danish.selectFirst("h1").text()).isEqualTo("Dette link er ikke længere gyldigt");
        assertThat(danish.title()).isEqualTo("Dette link er ikke længere gyldigt");
        given().formParams(Map.of("minutes", "30")).when().post(replaced + "/check-ins").then().statusCode(401)
                .contentType(startsWith("text/html"));
        open(current, null).then().statusCode(200);
        // The JSON API still answers a withdrawn token as a problem.
        given().auth().oauth2(PageLinks.token(replaced)).when().get("/me").then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void shouldShowOnlyTheLinksOwnerAndRefuseOtherRoles() {
        PublishedPair first = PublishedPair.create();
        PublishedPair second = PublishedPair.create();
        String firstToken = TestTokens.participant(first.menteeId(), first.cohort().programmeId());
        String secondLink = PageLinks.mentor(second);
        // The path decides whose page it is, whatever Authorization header comes along.
        String page = given().auth().oauth2(firstToken).when().get(secondLink).then().statusCode(200).extract().asString();
        assertThat(Jsoup.parse(page).select(".match a[href^=mailto:]").text())
                .isNotEmpty()
                .isNotEqualTo(given().auth().oauth2(firstToken).when().get("/me").then().extract()
                        .path("matches[0].counterpart.email"));
        given().auth().oauth2(firstToken).formParams(Map.of("date", TODAY, "minutes", "30", "mode", "PHONE"))
                .redirects().follow(false).when().post(secondLink + "/check-ins").then().statusCode(303);
        given().when().get(first.path() + "/check-ins").then().body("items", empty());
        given().when().get(second.path() + "/check-ins").then().body("items.recordedAs", contains("MENTOR"));

        String base = secondLink.substring(0, secondLink.lastIndexOf('/') + 1);
        for (String token : List.of(TestTokens.admin(), TestTokens.coordinator("anna", second.cohort().programmeId()))) {
            Response refused = open(base + token, "en");
            refused.then().statusCode(403).contentType(startsWith("text/html"));
            assertThat(refused.asString()).doesNotContain("Mette").doesNotContain("@example");
        }
    }

    @Test
    void shouldServeTheStylesheetWithoutAToken() {
        given().auth().none().when().get("/css/participant.css").then().statusCode(200).contentType(startsWith("text/css"));
    }

    private static Response open(String link, String acceptLanguage) {
        var request = given().auth().none();
        if (acceptLanguage != null) {
            request.header("Accept-Language", acceptLanguage);
        }
        return request.when().get(link);
    }

    /** Every field has a label naming it, and every group of radio buttons a fieldset with a legend. */
    private static void assertEveryInputLabelled(Document html) {
        List<Element> fields = html.select("input, textarea, select");
        assertThat(fields).isNotEmpty();
        for (Element field : fields) {
            assertThat(field.id()).as(field.outerHtml()).isNotEmpty();
            assertThat(html.select("label[for=" + field.id() + "]")).as(field.outerHtml()).hasSize(1);
            if (field.attr("type").equals("radio")) {
                Element fieldset = field.closest("fieldset");
                assertThat(fieldset).as(field.outerHtml()).isNotNull();
                assertThat(fieldset.children().first().tagName()).isEqualTo("legend");
            }
        }
    }
}
