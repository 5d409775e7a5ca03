package org.mentormatch.demo;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mentormatch.profile.MenteeRequest;
import org.mentormatch.profile.MentorRequest;

/** Plain JUnit: the generator needs no service. */
class DemoCohortGeneratorTest {

    private static ValidatorFactory validation;
    private static Validator validator;

    @BeforeAll
    static void buildValidator() {
        validation = Validation.buildDefaultValidatorFactory();
        validator = validation.getValidator();
    }

    @AfterAll
    static void closeValidator() {
        validation.close();
    }

    @Test
    void shouldGenerateTheSameCohortForTheSameSeed() {
        assertThat(DemoCohortGenerator.generate(65, 60, 1)).isEqualTo(DemoCohortGenerator.generate(65, 60, 1));
        assertThat(DemoCohortGenerator.generate(65, 60, 1)).isNotEqualTo(DemoCohortGenerator.generate(65, 60, 2));
    }

    @Test
    void shouldGenerateTheSizesAskedForWithEmailsUniqueInTheCohort() {
        DemoCohort cohort = DemoCohortGenerator.generate(65, 60, 1);

        assertThat(cohort.mentees()).hasSize(65);
        assertThat(cohort.mentors()).hasSize(60);
        assertThat(cohort.mentors()).extracting(MentorRequest::email).doesNotHaveDuplicates()
                .contains("mentor-1@demo.mentor-match.org", "mentor-60@demo.mentor-match.org");
        assertThat(cohort.mentees()).extracting(MenteeRequest::email).doesNotHaveDuplicates()
                .contains("mentee-65@demo.mentor-match.org");
    }

    @Test
    void shouldPassTheValidationApiInputMustPass() {
        DemoCohort cohort = DemoCohortGenerator.generate(500, 500, 7);

        Set<ConstraintViolation<Object>> violations = Stream.<Object>concat(cohort.mentors().stream(), cohort.mentees().stream())
                .flatMap(request -> validator.validate(request).stream())
                .collect(Collectors.toSet());

        assertThat(violations).isEmpty();
    }

    @Test
    void shouldGiveMostMentorsCapacityOneAndSomeTwoOrThree() {
        List<MentorRequest> mentors = DemoCohortGenerator.generate(1, 2000, 3).mentors();

        Map<Integer, Long> capacities = count(mentors, MentorRequest::capacity);
        assertThat(capacities.keySet()).containsOnly(1, 2, 3);
        assertThat(share(capacities.get(1), mentors)).isBetween(0.70, 0.80);
        assertThat(share(capacities.get(2), mentors)).isBetween(0.16, 0.24);
        assertThat(share(capacities.get(3), mentors)).isBetween(0.03, 0.07);
    }

    @Test
    void shouldLookLikeADanishSpouseMentoringCohort() {
        DemoCohort cohort = DemoCohortGenerator.generate(1000, 1000, 5);

        assertThat(cohort.mentors()).allSatisfy(mentor -> {
            assertThat(mentor.languages()).contains("da");
            assertThat(mentor.markets()).contains("DK");
            assertThat(mentor.field()).matches("2[1-6][0-9]{2}");
            assertThat(mentor.educationLevel()).isBetween(6, 8);
        });
        Map<String, Long> regions = count(cohort.mentors(), MentorRequest::region);
        assertThat(share(regions.get("DK-84") + regions.get("DK-82"), cohort.mentors())).isGreaterThan(0.65);
        assertThat(regions.keySet()).containsOnly("DK-81", "DK-82", "DK-83", "DK-84", "DK-85");

        assertThat(cohort.mentees()).allSatisfy(mentee -> {
            assertThat(mentee.homeCountry()).isNotEqualTo("DK");
            assertThat(mentee.languages()).isNotEmpty();
            assertThat(mentee.educationLevel()).isBetween(6, 8);
        });
        assertThat(share(cohort.mentees().stream().filter(mentee -> mentee.employer() == null).count(), cohort.mentees()))
                .isGreaterThan(0.8);
        // Some share a major group with a mentor, so that the engine has good pairs to find.
        Set<String> mentorMajorGroups = cohort.mentors().stream().map(mentor -> mentor.field().substring(0, 2))
                .collect(Collectors.toSet());
        assertThat(cohort.mentees()).allSatisfy(mentee -> assertThat(mentorMajorGroups).contains(mentee.field().substring(0, 2)));
    }

    private static <T, K> Map<K, Long> count(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }

    private static double share(long count, List<?> of) {
        return (double) count / of.size();
    }
}
