package org.mentormatch.matchrun;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.mentormatch.support.TestCohort;

/**
 * Puts seeded, varied people into a {@link TestCohort} through its API and remembers what it sent, so that tests can
 * check a run's result against the profiles themselves rather than against the solver's own view.
 */
final class CohortBuilder {

    private static final String[] FIELDS = {"2511", "2512", "2519", "2411", "2412", "2141", "2211", "3313"};
    private static final String[] EMPLOYERS = {"Maersk", "Novo", "Vestas", null, null, null};
    private static final String[][] LANGUAGES = {{"da", "en"}, {"en"}, {"da"}, {"en", "de"}, {"zh"}};

    record Person(String id, String field, List<String> languages, String employer, int capacity) {
    }

    private final TestCohort cohort;
    private final Random random;
    final List<Person> mentors = new ArrayList<>();
    final List<Person> mentees = new ArrayList<>();

    CohortBuilder(TestCohort cohort, long seed) {
        this.cohort = cohort;
        this.random = new Random(seed);
    }

    CohortBuilder mentors(int count) {
        for (int i = 0; i < count; i++) {
            int capacity = random.nextInt(10) < 8 ? 1 : 2;
            mentors.add(post("mentors", i, Map.of("capacity", capacity), capacity));
        }
        return this;
    }

    CohortBuilder mentees(int count) {
        for (int i = 0; i < count; i++) {
            mentees.add(post("mentees", i, Map.of("homeCountry", "CN"), 0));
        }
        return this;
    }

    private Person post(String kind, int n, Map<String, Object> extra, int capacity) {
        String field = FIELDS[random.nextInt(FIELDS.length)];
        List<String> languages = List.of(LANGUAGES[random.nextInt(LANGUAGES.length)]);
        String employer = EMPLOYERS[random.nextInt(EMPLOYERS.length)];
        Map<String, Object> body = new java.util.HashMap<>(extra);
        body.put("displayName", kind + " " + n);
        body.put("email", "%s-%d@example.org".formatted(kind, n));
        body.put("field", field);
        body.put("languages", languages);
        body.put("educationLevel", 5 + random.nextInt(4));
        body.put("yearsOfExperience", random.nextInt(25));
        body.put("region", "DK-8" + (1 + random.nextInt(5)));
        body.put("interests", List.of(random.nextBoolean() ? "sailing" : "cooking"));
        if (employer != null) {
            body.put("employer", employer);
        }
        return new Person(cohort.post(kind, body), field, languages, employer, capacity);
    }
}
