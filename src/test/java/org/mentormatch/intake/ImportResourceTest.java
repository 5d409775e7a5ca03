package org.mentormatch.intake;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.config.EncoderConfig;
import io.restassured.config.RestAssuredConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.profile.ProfileSheets;
import org.mentormatch.support.Api;
import org.mentormatch.support.RequestsOutsideTheContract;
import org.mentormatch.support.Runs;

/** Spreadsheet imports, exports and templates through HTTP; each test in a cohort of its own. */
@QuarkusTest
class ImportResourceTest {

    private static final RestAssuredConfig BINARY = RestAssuredConfig.config().encoderConfig(EncoderConfig.encoderConfig()
            .encodeContentTypeAs(ProfileSheets.CSV, ContentType.BINARY)
            .encodeContentTypeAs(ProfileSheets.XLSX, ContentType.BINARY));

    private String programme;
    private String cohort;

    @BeforeEach
    void createCohort() {
        programme = Api.createProgramme();
        cohort = "/programmes/%s/cohorts/%s".formatted(programme, Api.createCohort(programme));
    }

    @Test
    void shouldImportHundredMenteesFromCsv() {
        importing("mentees", ProfileSheets.CSV, Sheets.csvBytes(Sheets.MENTEE_HEADER, Sheets.mentees(100)))
                .statusCode(200).body("created", equalTo(100)).body("updated", equalTo(0)).body("dryRun", equalTo(false));

        given().queryParam("q", "mentee7@").when().get(cohort + "/mentees").then().statusCode(200)
                .body("total", equalTo(1))
                .body("items[0].languages", equalTo(List.of("en", "da")))
                .body("items[0].wishes.preferredFields", equalTo(List.of("25", "2421")))
                .body("items[0].wishes.meetingMode", equalTo("ONLINE"))
                .body("items[0].educationLevel", equalTo(7));
        given().when().get(cohort + "/mentees").then().body("total", equalTo(100));
        given().when().get(cohort + "/audit").then().statusCode(200)
                .body("items.action", hasItem("IMPORT"))
                .body("items.detail", hasItem("mentees imported: 100 created, 0 updated, 0 unchanged"));
    }

    @Test
    void shouldImportHundredMentorsFromWorkbookWithLabelsAndSemicolonCsvAlike() throws IOException {
        List<String> labels = List.of("Display name", "Email", "Field", "Languages", "Capacity", "Markets");
        importing("mentors", ProfileSheets.XLSX, Sheets.workbook(labels, Sheets.mentors(100)))
                .statusCode(200).body("created", equalTo(100));
        given().queryParam("q", "mentor5@").when().get(cohort + "/mentors").then()
                .body("items[0].capacity", equalTo(3)).body("items[0].markets", equalTo(List.of("DK", "SE")));

        byte[] semicolons = ("\uFEFF" + Sheets.csv(Sheets.MENTOR_HEADER, Sheets.mentors(100), ";")).getBytes(StandardCharsets.UTF_8);
        importing("mentors", ProfileSheets.CSV, semicolons).statusCode(200)
                .body("created", equalTo(0)).body("unchanged", equalTo(100));
    }

    @Test
    void shouldRefuseFileWithBadRowsAndDuplicateNamingEachCellAndWriteNothing() {
        csvImport(Sheets.mentees(20)).statusCode(200);
        List<Map<String, Object>> before = menteesNow();

        List<List<String>> rows = Sheets.mentees(20);
        rows = Sheets.with(rows, 2, 4, "en;Danish");           // row 4: languages
        rows = Sheets.with(rows, 6, 3, "nine");                // row 8: educationLevel
        rows = Sheets.with(rows, 10, 1, "not an e-mail");      // row 12: email
        rows = Sheets.with(rows, 15, 1, "MENTEE3@example.org"); // row 17: same e-mail as row 4
        rows = Sheets.with(rows, 0, 0, "Changed name");        // a valid change that must not be written

        Api.problem(csvImport(rows), 422)
                .body("total", equalTo(4))
                .body("errors.row", equalTo(List.of(4, 8, 12, 17)))
                .body("errors.column", equalTo(List.of("languages", "educationLevel", "email", "email")))
                .body("errors[1].value", equalTo("nine"))
                .body("errors[3].message", equalTo("rows 4 and 17 have the same e-mail"));

        assertThat(menteesNow()).isEqualTo(before);
    }

    @Test
    void shouldReportUnchangedOnReimportAndUpdatedForEditedRows() {
        csvImport(Sheets.mentees(100)).statusCode(200).body("created", equalTo(100));
        csvImport(Sheets.mentees(100)).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(0)).body("unchanged", equalTo(100));

        List<List<String>> edited = Sheets.mentees(100);
        for (int i = 0; i < 5; i++) {
            edited = Sheets.with(edited, i * 10, 0, "Edited " + i);
        }
        csvImport(edited).statusCode(200).body("updated", equalTo(5)).body("unchanged", equalTo(95));
        given().queryParam("q", "Edited").when().get(cohort + "/mentees").then()
                .body("total", equalTo(5)).body("items.version", equalTo(List.of(1, 1, 1, 1, 1)));
    }

    @Test
    void shouldCountWithoutWritingOnDryRun() {
        given().config(BINARY).contentType(ProfileSheets.CSV).queryParam("kind", "mentees").queryParam("dryRun", true)
                .body(Sheets.csvBytes(Sheets.MENTEE_HEADER, Sheets.mentees(10)))
                .when().post(cohort + "/imports").then().statusCode(200)
                .body("dryRun", equalTo(true)).body("created", equalTo(10));
        given().when().get(cohort + "/mentees").then().body("total", equalTo(0));
    }

    @Test
    void shouldRoundTripExportsAsUnchanged() {
        csvImport(Sheets.mentees(30)).statusCode(200);
        byte[] csv = given().accept(ProfileSheets.CSV).when().get(cohort + "/mentees").then().statusCode(200)
                .contentType(ProfileSheets.CSV).extract().asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8).lines().count()).isEqualTo(31);
        importing("mentees", ProfileSheets.CSV, csv).statusCode(200).body("unchanged", equalTo(30));

        importing("mentors", ProfileSheets.CSV, Sheets.csvBytes(Sheets.MENTOR_HEADER, Sheets.mentors(30))).statusCode(200);
        byte[] workbook = given().accept(ProfileSheets.XLSX).when().get(cohort + "/mentors").then().statusCode(200)
                .contentType(ProfileSheets.XLSX).extract().asByteArray();
        importing("mentors", ProfileSheets.XLSX, workbook).statusCode(200).body("unchanged", equalTo(30));
    }

    @Test
    void shouldImportExportAndRoundTripConsentColumns() throws IOException {
        List<String> header = List.of("displayName", "email", "field", "languages", "consent.basis", "consent.version",
                "consent.givenAt");
        List<List<String>> rows = List.of(
                List.of("Ana", "ana@example.org", "2512", "pt", "CONSENT", "2026-01", "2026-01-15T10:30:00+01:00"),
                List.of("Bo", "bo@example.org", "2512", "da", "", "", ""));
        Api.problem(importing("mentees", ProfileSheets.CSV, Sheets.csvBytes(header, Sheets.with(rows, 1, 4, "OPT_IN"))), 422)
                .body("errors.row", equalTo(List.of(3))).body("errors.column", equalTo(List.of("consent.basis")));
        Api.problem(importing("mentees", ProfileSheets.CSV, Sheets.csvBytes(header, Sheets.with(rows, 1, 5, "v2"))), 422)
                .body("errors.row", equalTo(List.of(3))).body("errors.column", equalTo(List.of("consent.basis")));

        importing("mentees", ProfileSheets.CSV, Sheets.csvBytes(header, rows)).statusCode(200).body("created", equalTo(2));
        given().queryParam("q", "ana@").when().get(cohort + "/mentees").then()
                .body("items[0].consent.basis", equalTo("CONSENT"))
                .body("items[0].consent.version", equalTo("2026-01"))
                .body("items[0].consent.givenAt", equalTo("2026-01-15T09:30:00Z"));
        given().queryParam("q", "bo@").when().get(cohort + "/mentees").then().body("items[0].consent", nullValue());

        String csv = given().accept(ProfileSheets.CSV).when().get(cohort + "/mentees").then().statusCode(200)
                .extract().asString();
        assertThat(csv.lines().findFirst().orElseThrow()).contains("consent.basis", "consent.version", "consent.givenAt");
        assertThat(csv).contains("CONSENT", "2026-01-15T09:30Z");
        importing("mentees", ProfileSheets.CSV, csv.getBytes(StandardCharsets.UTF_8)).statusCode(200)
                .body("unchanged", equalTo(2));
        byte[] workbook = given().accept(ProfileSheets.XLSX).when().get(cohort + "/mentees").then().statusCode(200)
                .extract().asByteArray();
        importing("mentees", ProfileSheets.XLSX, workbook).statusCode(200).body("unchanged", equalTo(2));
    }

    @Test
    void shouldServeTemplatesWhoseExampleRowImports() throws IOException {
        byte[] csv = given().queryParam("kind", "mentees").when().get(cohort + "/imports/template")
                .then().statusCode(200).contentType(ProfileSheets.CSV).extract().asByteArray();
        assertThat(new String(csv, StandardCharsets.UTF_8)).startsWith("Display name,Email,Field,");
        importing("mentees", ProfileSheets.CSV, csv).statusCode(200).body("created", equalTo(1));

        byte[] xlsx = given().queryParam("kind", "mentors").queryParam("format", "xlsx")
                .when().get(cohort + "/imports/template").then().statusCode(200)
                .contentType(ProfileSheets.XLSX).extract().asByteArray();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
            List<Row> columns = workbook.findSheet("Columns").orElseThrow().read();
            assertThat(columns.get(0).getCellText(1)).isEqualTo("JSON name");
            assertThat(columns).extracting(row -> row.getCellText(1)).contains("capacity", "markets", "languages");
        }
        importing("mentors", ProfileSheets.XLSX, xlsx).statusCode(200).body("created", equalTo(1));
    }

    @Test
    @RequestsOutsideTheContract // an empty body among them
    void shouldRefuseUnreadableFiles() {
        Api.problem(importing("mentees", ProfileSheets.XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8)), 400);
        Api.problem(importing("mentees", ProfileSheets.CSV, new byte[] {(byte) 0xC3, 0x28}), 400);
        Api.problem(importing("mentees", ProfileSheets.XLSX, new byte[0]), 400)
                .body("type", equalTo("https://mentor-match.org/problems/unreadable-sheet"));
        Api.problem(importing("mentees", ProfileSheets.XLSX, new byte[] {'P', 'K'}), 400);
        Api.problem(importing("mentees", ProfileSheets.CSV, "name,email\r\nA,a@example.org\r\n".getBytes(StandardCharsets.UTF_8)), 422)
                .body("errors[0].row", equalTo(1)).body("errors[0].column", equalTo("name"));
    }

    @Test
    void shouldListAtMostAThousandErrorsWithTheirTotal() {
        List<List<String>> rows = Sheets.mentees(1_001);
        for (int i = 0; i < rows.size(); i++) {
            rows = Sheets.with(rows, i, 2, "x" + i);
        }
        Api.problem(csvImport(rows), 422).body("total", equalTo(1_001)).body("errors", hasSize(1_000))
                .body("errors[999].row", equalTo(1_001)).body("errors[999].column", equalTo("field"));
    }

    @Test
    void shouldNeverReviveAnAnonymisedProfile() {
        csvImport(Sheets.mentees(3)).statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("email", "mentee1@example.org"))
                .when().post("/programmes/%s/personal-data/erasure".formatted(programme)).then().statusCode(200);
        String anonymised = given().queryParam("q", "anonymised-").when().get(cohort + "/mentees").then()
                .body("total", equalTo(1)).extract().path("items[0].email");

        Api.problem(csvImport(Sheets.with(Sheets.mentees(1), 0, 1, anonymised)), 422)
                .body("errors[0].column", equalTo("email"))
                .body("errors[0].message", equalTo("belongs to a profile that was anonymised and cannot be changed"));
        csvImport(Sheets.mentees(3)).statusCode(200).body("created", equalTo(1)).body("unchanged", equalTo(2));
        given().queryParam("q", "anonymised-").when().get(cohort + "/mentees").then()
                .body("items[0].displayName", equalTo("Anonymised mentee"));
    }

    @Test
    void shouldRefuseImportButNotDryRunWhileARunSolves() {
        given().contentType(ContentType.JSON).body("{\"mentees\": 3, \"mentors\": 3, \"seed\": 7}")
                .when().post(cohort + "/demo-data").then().statusCode(201);
        // A step limit keeps the run solving (a run without one ends as soon as its result is proven optimal).
        String runId = given().contentType(ContentType.JSON)
                .body("{\"seed\": 1, \"timeLimitSeconds\": 60, \"stepLimit\": 10000000}")
                .when().post(cohort + "/match-runs").then().statusCode(202).extract().path("id");

        Api.problem(csvImport(Sheets.mentees(2)), 409).body("activeRunId", equalTo(runId));
        given().config(BINARY).contentType(ProfileSheets.CSV).queryParam("kind", "mentees").queryParam("dryRun", true)
                .body(Sheets.csvBytes(Sheets.MENTEE_HEADER, Sheets.mentees(2)))
                .when().post(cohort + "/imports").then().statusCode(200).body("created", equalTo(2));
        given().when().delete(cohort + "/match-runs/" + runId).then().statusCode(200);
        Runs.awaitEnd(cohort, runId);
    }

    @Test
    void shouldReadImportsLargerThanOtherBodies() {
        String note = "x".repeat(2 * 1024 * 1024); // twice mentor-match.http.max-body-size, within the import limit
        byte[] body = ("displayName,email,field,languages,wishes.note\r\nAna,ana@example.org,2512,pt," + note + "\r\n")
                .getBytes(StandardCharsets.UTF_8);
        Api.problem(importing("mentees", ProfileSheets.CSV, body), 422)
                .body("errors[0].row", equalTo(2)).body("errors[0].column", equalTo("wishes.note"))
                .body("errors[0].value", equalTo("x".repeat(100) + "…")); // quoted by its start, not 2 MB again
    }

    private ValidatableResponse csvImport(List<List<String>> rows) {
        return importing("mentees", ProfileSheets.CSV, Sheets.csvBytes(Sheets.MENTEE_HEADER, rows));
    }

    private ValidatableResponse importing(String kind, String type, byte[] body) {
        return given().config(BINARY).contentType(type).queryParam("kind", kind).body(body)
                .when().post(cohort + "/imports").then();
    }

    private List<Map<String, Object>> menteesNow() {
        return given().queryParam("limit", 100).when().get(cohort + "/mentees").then().statusCode(200)
                .extract().jsonPath().getList("items");
    }
}
