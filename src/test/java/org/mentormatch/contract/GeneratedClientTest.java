package org.mentormatch.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mentormatch.client.ApiClient;
import org.mentormatch.security.TestTokens;
import org.mentormatch.client.ApiException;
import org.mentormatch.client.ApiResponse;
import org.mentormatch.client.api.CohortsApi;
import org.mentormatch.client.api.ImportApi;
import org.mentormatch.client.api.MenteesApi;
import org.mentormatch.client.api.MentorsApi;
import org.mentormatch.client.api.ProgrammesApi;
import org.mentormatch.client.model.CohortRequest;
import org.mentormatch.client.model.HttpValidationProblem;
import org.mentormatch.client.model.ImportResult;
import org.mentormatch.client.model.MeetingMode;
import org.mentormatch.client.model.Mentor;
import org.mentormatch.client.model.MenteeRequest;
import org.mentormatch.client.model.MenteeWishes;
import org.mentormatch.client.model.MentorRequest;
import org.mentormatch.client.model.PageMenteeResponse;
import org.mentormatch.client.model.ProgrammeRequest;
import org.mentormatch.client.model.Violation;

/**
 * Drives the running service through a client generated from openapi/openapi.yaml, as a programme's own
 * tooling would: if the contract and the service disagree, this is where it shows.
 */
@QuarkusTest
class GeneratedClientTest {

    @TestHTTPResource("/")
    URI baseUri;

    private ProgrammesApi programmes;
    private CohortsApi cohorts;
    private MentorsApi mentors;
    private MenteesApi mentees;

    @BeforeEach
    void connect() {
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri.toString().replaceAll("/$", ""));
        String token = TestTokens.admin();
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        programmes = new ProgrammesApi(client);
        cohorts = new CohortsApi(client);
        mentors = new MentorsApi(client);
        mentees = new MenteesApi(client);
    }

    @Test
    void shouldRunACohortsSetUpThroughTheGeneratedClient() throws ApiException {
        UUID programme = programmes.createProgramme(new ProgrammeRequest().name("Spouse Mentoring Aarhus"), null).getId();
        UUID cohort = cohorts.createCohort(programme, new CohortRequest().name("2025/26")
                .startsOn(LocalDate.parse("2025-09-01")).endsOn(LocalDate.parse("2026-08-31")), null).getId();

        Mentor developer = mentors.createMentor(cohort, programme, mentor("Mette", "2511", List.of("da", "en")).capacity(2), null);
        mentors.createMentor(cohort, programme, mentor("Jens", "2411", List.of("da")), null);
        mentees.createMentee(cohort, programme, mentee("Li", "2512", List.of("en", "zh")), null);
        mentees.createMentee(cohort, programme, mentee("Ana", "2411", List.of("es", "en")), null);
        mentees.createMentee(cohort, programme, mentee("Omar", "2421", List.of("ar", "da")), null);

        PageMenteeResponse ictMentees = mentees.listMentees(cohort, programme, null, "25", null, null, null, null);
        assertThat(ictMentees.getTotal()).isEqualTo(1);
        assertThat(ictMentees.getItems()).extracting("displayName").containsExactly("Li");
        assertThat(mentees.listMentees(cohort, programme, null, null, "en", null, null, null).getTotal()).isEqualTo(2);
        assertThat(mentees.listMentees(cohort, programme, null, "24", null, 1, 1, null).getItems()).hasSize(1);
        assertThat(mentors.listMentors(cohort, programme, null, null, null, null, null, "mette").getItems())
                .extracting("id").containsExactly(developer.getId());

        ApiResponse<Mentor> updated = mentors.replaceMentorWithHttpInfo(cohort, developer.getId(), programme,
                mentor("Mette", "2511", List.of("da", "en")).capacity(3), "\"0\"");
        assertThat(updated.getData().getCapacity()).isEqualTo(3);
        assertThat(updated.getHeaders().get("etag")).containsExactly("\"1\"");

        ApiException stale = catchThrowableOfType(ApiException.class, () -> mentors.replaceMentor(cohort,
                developer.getId(), programme, mentor("Mette", "2511", List.of("da")), "\"0\""));
        assertThat(stale.getCode()).isEqualTo(412);
    }

    @Test
    void shouldReadAnErrorBackAsAProblem() throws Exception {
        UUID programme = programmes.createProgramme(new ProgrammeRequest().name("Errors"), null).getId();
        UUID cohort = cohorts.createCohort(programme, new CohortRequest().name("2025/26")
                .startsOn(LocalDate.parse("2025-09-01")).endsOn(LocalDate.parse("2026-08-31")), null).getId();

        ApiException error = catchThrowableOfType(ApiException.class, () -> mentees.createMentee(cohort, programme,
                mentee("Bad", "2512", List.of("en")).email("not-an-email"), null));

        assertThat(error.getCode()).isEqualTo(400);
        assertThat(error.getResponseHeaders().firstValue("content-type")).hasValue("application/problem+json");
        HttpValidationProblem problem = new ApiClient().getObjectMapper()
                .readValue(error.getResponseBody(), HttpValidationProblem.class);
        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getViolations()).extracting(Violation::getField).containsExactly("email");
    }

    /**
     * The Java client generated with library=native serialises every request body with its JSON mapper, a file
     * included (it sends the file's path as a JSON string); its interceptor puts the file's bytes in instead. The
     * rest is the generated client's: path, query, content type, and the typed answer it reads back.
     */
    @Test
    void shouldImportASpreadsheetThroughTheGeneratedClient(@TempDir Path directory) throws Exception {
        UUID programme = programmes.createProgramme(new ProgrammeRequest().name("Imports"), null).getId();
        UUID cohort = cohorts.createCohort(programme, new CohortRequest().name("2025/26")
                .startsOn(LocalDate.parse("2025-09-01")).endsOn(LocalDate.parse("2026-08-31")), null).getId();
        Path sheet = Files.writeString(directory.resolve("mentees.csv"), """
                displayName,email,field,languages,wishes.meetingMode
                Li,li@example.com,2512,en;zh,ONLINE
                Ana,ana@example.com,2411,es;en,EITHER
                """);
        ApiClient client = new ApiClient();
        client.updateBaseUri(baseUri.toString().replaceAll("/$", ""));
        String token = TestTokens.admin();
        client.setRequestInterceptor(request -> {
            request.header("Authorization", "Bearer " + token);
            try {
                request.method("POST", HttpRequest.BodyPublishers.ofFile(sheet));
            } catch (FileNotFoundException e) {
                throw new UncheckedIOException(e);
            }
        });

        ImportResult result = new ImportApi(client).importProfiles(cohort, programme, "mentees", sheet.toFile(), false);

        assertThat(result.getCreated()).isEqualTo(2);
        assertThat(mentees.listMentees(cohort, programme, null, null, "zh", null, null, null).getItems())
                .extracting("displayName").containsExactly("Li");
    }

    private static MentorRequest mentor(String name, String field, List<String> languages) {
        return new MentorRequest().displayName(name).email(name.toLowerCase() + "@example.dk").field(field)
                .languages(languages).region("DK-82").remoteOk(true);
    }

    private static MenteeRequest mentee(String name, String field, List<String> languages) {
        return new MenteeRequest().displayName(name).email(name.toLowerCase() + "@example.com").field(field)
                .languages(languages).homeCountry("CN")
                .wishes(new MenteeWishes().meetingMode(MeetingMode.EITHER));
    }
}
