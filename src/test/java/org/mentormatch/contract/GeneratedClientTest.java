package org.mentormatch.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mentormatch.client.ApiClient;
import org.mentormatch.security.TestTokens;
import org.mentormatch.client.ApiException;
import org.mentormatch.client.ApiResponse;
import org.mentormatch.client.api.CohortsApi;
import org.mentormatch.client.api.MenteesApi;
import org.mentormatch.client.api.MentorsApi;
import org.mentormatch.client.api.ProgrammesApi;
import org.mentormatch.client.model.CohortRequest;
import org.mentormatch.client.model.HttpValidationProblem;
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

        PageMenteeResponse ictMentees = mentees.listMentees(cohort, programme, "25", null, null, null, null);
        assertThat(ictMentees.getTotal()).isEqualTo(1);
        assertThat(ictMentees.getItems()).extracting("displayName").containsExactly("Li");
        assertThat(mentees.listMentees(cohort, programme, null, "en", null, null, null).getTotal()).isEqualTo(2);
        assertThat(mentees.listMentees(cohort, programme, "24", null, 1, 1, null).getItems()).hasSize(1);
        assertThat(mentors.listMentors(cohort, programme, null, null, null, null, "mette").getItems())
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
