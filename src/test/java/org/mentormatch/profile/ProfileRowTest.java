package org.mentormatch.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.mentormatch.consent.ConsentBasis;
import org.mentormatch.security.ProgrammeScope;
import org.mentormatch.support.TestCohort;

/**
 * A profile read from its row answers exactly what the entity Hibernate loads answers, to the byte, with every
 * column filled; and only where the path says.
 */
@QuarkusTest
class ProfileRowTest {

    @Inject
    ProfileRow rows;

    @Inject
    ObjectMapper json;

    @Test
    void shouldReadAMenteeAsHibernateDoes() throws Exception {
        TestCohort cohort = TestCohort.create();
        UUID id = UUID.fromString(cohort.mentee());
        fill(id, found -> Mentee.findById(found), mentee -> {
            Mentee full = (Mentee) mentee;
            full.preferredFields = List.of("25", "2421");
            full.preferredLanguages = List.of("en");
            full.meetingMode = MeetingMode.ONLINE;
            full.wishNote = "Mornings";
        });

        assertSameAnswer(ProfileKind.MENTEES, cohort, id, () -> Mentee.findById(id));
    }

    @Test
    void shouldReadAMentorAsHibernateDoes() throws Exception {
        TestCohort cohort = TestCohort.create();
        UUID id = UUID.fromString(cohort.mentor());
        fill(id, found -> Mentor.findById(found), mentor -> {
            Mentor full = (Mentor) mentor;
            full.capacity = 3;
            full.markets = List.of("DK", "SE");
        });

        assertSameAnswer(ProfileKind.MENTORS, cohort, id, () -> Mentor.findById(id));
    }

    @Test
    void shouldFindNothingOutsideThePathOrTheKind() {
        TestCohort cohort = TestCohort.create();
        UUID id = UUID.fromString(cohort.mentee());
        UUID programme = UUID.fromString(cohort.programmeId());
        UUID cohortId = UUID.fromString(cohort.cohortId());
        UUID sibling = UUID.fromString(cohort.sibling().cohortId());
        UUID otherProgramme = UUID.fromString(TestCohort.create().programmeId());

        ProgrammeScope.system(() -> {
            assertThat(rows.find(ProfileKind.MENTEES, programme, cohortId, id)).isPresent();
            assertThat(rows.find(ProfileKind.MENTEES, programme, sibling, id)).isEmpty();
            assertThat(rows.find(ProfileKind.MENTEES, otherProgramme, cohortId, id)).isEmpty();
            assertThat(rows.find(ProfileKind.MENTORS, programme, cohortId, id)).isEmpty();
        });
        // Row-level security: a caller whose scope is another programme sees nothing of it.
        ProgrammeScope.forProgramme(otherProgramme,
                () -> assertThat(rows.find(ProfileKind.MENTEES, programme, cohortId, id)).isEmpty());
    }

    private <E extends Profile> void assertSameAnswer(ProfileKind<E, ?, ?> kind, TestCohort cohort, UUID id,
            Supplier<E> loaded) throws Exception {
        UUID programme = UUID.fromString(cohort.programmeId());
        UUID cohortId = UUID.fromString(cohort.cohortId());
        Object fromEntity = ProgrammeScope.system(() -> QuarkusTransaction.requiringNew()
                .call(() -> kind.toResponse().apply(loaded.get())));
        Object fromRow = ProgrammeScope.system(() -> kind.toResponse()
                .apply(rows.find(kind, programme, cohortId, id).orElseThrow()));

        assertThat(fromRow).isEqualTo(fromEntity);
        assertThat(json.writeValueAsString(fromRow)).isEqualTo(json.writeValueAsString(fromEntity));
    }

    /** Every column of the profile filled, kind-specific ones by {@code own}, as a retained, withdrawn profile. */
    private static void fill(UUID id, Function<UUID, Profile> find, Consumer<Profile> own) {
        ProgrammeScope.system(() -> QuarkusTransaction.requiringNew().run(() -> {
            Profile profile = find.apply(id);
            profile.educationLevel = 6;
            profile.yearsOfExperience = 4;
            profile.skills = List.of("Python", "SQL");
            profile.interests = List.of("Running");
            profile.languages = List.of("pt", "en");
            profile.region = "DK-84";
            profile.remoteOk = true;
            profile.homeCountry = "BR";
            profile.employer = "Acme";
            profile.withdrawnOn = LocalDate.of(2026, 3, 1);
            profile.withdrawalReason = WithdrawalReason.FOUND_JOB;
            profile.consentBasis = ConsentBasis.CONSENT;
            profile.consentVersion = "2026-01";
            profile.consentGivenAt = OffsetDateTime.of(2026, 1, 15, 9, 30, 0, 123_456_000, ZoneOffset.UTC);
            profile.availabilityNote = "Tuesdays";
            profile.attributes = Map.of("phase", "ABROAD", "year", 2, "share", 0.5, "mentored", true,
                    "a", List.of("x", "y"));
            profile.anonymisedAt = OffsetDateTime.of(2026, 6, 1, 12, 0, 0, 0, ZoneOffset.UTC);
            own.accept(profile);
        }));
    }
}
