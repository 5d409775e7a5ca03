package org.mentormatch.participant.page;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;
import org.mentormatch.support.PublishedPair;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The page in a real browser: the distribution's headless Chromium opens an invitation link, sees the match and
 * records a meeting through the form. Both binaries are named by path, so Selenium Manager never looks for (or
 * downloads) a browser or driver; without them the test is skipped, saying how to install them (.ci/run does).
 */
@QuarkusTest
class ParticipantPageBrowserTest {

    private static final Logger LOG = Logger.getLogger(ParticipantPageBrowserTest.class);
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    @Test
    void shouldRecordAMeetingThroughThePageInHeadlessChromium() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium not installed: apt-get install chromium chromium-driver");
        PublishedPair pair = PublishedPair.create();
        String link = PageLinks.mentee(pair);

        long started = System.nanoTime();
        WebDriver browser = chromium();
        try {
            browser.get(link);
            assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Your mentoring programme");
            assertThat(browser.findElement(By.cssSelector(".match .name")).getText()).isEqualTo("Mette");

            browser.findElement(By.id("minutes")).sendKeys("50");
            browser.findElement(By.cssSelector("label[for=mode-in-person]")).click();
            browser.findElement(By.id("topics")).sendKeys("CV, Networking");
            browser.findElement(By.cssSelector("form[action$='/check-ins'] button[type=submit]")).click();

            assertThat(browser.findElement(By.cssSelector("[role=status]")).getText())
                    .isEqualTo("Your meeting is saved. Thank you!");
            assertThat(browser.getCurrentUrl()).endsWith("?saved=check-in");
        } finally {
            browser.quit();
        }
        LOG.infof("Chromium opened the page and recorded a meeting in %d ms", (System.nanoTime() - started) / 1_000_000);
        given().when().get(pair.path() + "/check-ins").then().statusCode(200)
                .body("items.minutes", contains(50))
                .body("items.mode", contains("IN_PERSON"))
                .body("items[0].topics", contains("CV", "Networking"));
    }

    private static WebDriver chromium() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--no-first-run");
        // The page's language follows Accept-Language; the test reads the English one whatever the machine's locale.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en"));
        ChromeDriverService driver = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        WebDriver browser = new ChromeDriver(driver, options);
        browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(10));
        return browser;
    }
}
