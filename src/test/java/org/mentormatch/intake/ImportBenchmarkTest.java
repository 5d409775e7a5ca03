package org.mentormatch.intake;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mentormatch.profile.ProfileSheets;
import org.mentormatch.support.Api;

/**
 * How long a programme-sized import takes through HTTP: 10,000 new mentees, then the same file again (every row
 * compared, none written). A measurement, not a timed test: run on request with
 * {@code -Dexcluded.test.groups=none -Dgroups=benchmark -Dtest=ImportBenchmarkTest}.
 */
@QuarkusTest
class ImportBenchmarkTest {

    private static final int ROWS = 10_000;

    @Test
    @Tag("benchmark")
    void importTenThousandMentees() {
        String programme = Api.createProgramme();
        String cohort = "/programmes/%s/cohorts/%s".formatted(programme, Api.createCohort(programme));
        byte[] csv = Sheets.csvBytes(Sheets.MENTEE_HEADER, Sheets.mentees(ROWS));
        RestAssuredConfig binary = RestAssuredConfig.config()
                .encoderConfig(EncoderConfig.encoderConfig().encodeContentTypeAs(ProfileSheets.CSV, ContentType.BINARY));

        for (String pass : new String[] {"created", "unchanged"}) {
            long start = System.nanoTime();
            given().config(binary).contentType(ProfileSheets.CSV).queryParam("kind", "mentees").body(csv)
                    .when().post(cohort + "/imports").then().statusCode(200).body(pass, equalTo(ROWS));
            System.out.printf("IMPORT BENCHMARK: %,d rows (%,d bytes of CSV), %s, in %d ms%n",
                    ROWS, csv.length, pass, (System.nanoTime() - start) / 1_000_000);
        }
    }
}
