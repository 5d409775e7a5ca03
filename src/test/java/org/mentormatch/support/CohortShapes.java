package org.mentormatch.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Cohorts of the shapes the programme types serve, made through the API from a seed. Every body sent is kept by
 * the id the service gave it, so that a test judges a run's answer from what it sent (employers, countries, seats),
 * never from what the service says about it.
 */
public final class CohortShapes {

    private static final List<String> FIELDS = List.of("2511", "2512", "2141", "2421", "3313", "2631");
    private static final List<String> REGIONS = List.of("DK-84", "DK-82");
    /** The options of the presets' attributes (preset.Preset), as a participant would pick them. */
    private static final List<String> DIETS = List.of("VEGETARIAN", "VEGAN", "HALAL", "KOSHER", "GLUTEN_FREE",
            "LACTOSE_FREE");
    private static final List<String> PHASES = List.of("BEFORE_DEPARTURE", "ABROAD", "RETURNED");

    private CohortShapes() {
    }

    /** What was sent for each mentor and mentee of a generated cohort, by id. */
    public record People(TestCohort cohort, Map<String, Map<String, Object>> mentors,
            Map<String, Map<String, Object>> mentees) {

        People(TestCohort cohort) {
            this(cohort, new LinkedHashMap<>(), new LinkedHashMap<>());
        }

        /** The mentor's capacity as sent (1 when it was left out, as the service reads it). */
        public int capacity(String mentorId) {
            return (Integer) mentors.get(mentorId).getOrDefault("capacity", 1);
        }

        /** A field of the body sent for this mentor or mentee. */
        public Object sent(String id, String field) {
            Map<String, Object> body = mentors.containsKey(id) ? mentors.get(id) : mentees.get(id);
            return body.get(field);
        }

        /** A programme attribute's value as sent for this mentor or mentee; null when it was left out. */
        @SuppressWarnings("unchecked")
        public Object attribute(String id, String key) {
            Map<String, Object> values = (Map<String, Object>) sent(id, "attributes");
            return values == null ? null : values.get(key);
        }

        /**
         * The pairs among a run's proposals, mentee id to mentor id, after checking that they are this cohort's
         * people and that no mentor has more mentees than the capacity sent.
         */
        public Map<String, String> pairsWithinCapacity(List<Map<String, Object>> proposals) {
            Map<String, String> pairs = new LinkedHashMap<>();
            for (Map<String, Object> proposal : proposals) {
                assertThat(mentees).containsKey((String) proposal.get("menteeId"));
                if (proposal.get("mentorId") != null) {
                    pairs.put((String) proposal.get("menteeId"), (String) proposal.get("mentorId"));
                }
            }
            Map<String, Long> load = pairs.values().stream()
                    .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
            load.forEach((mentor, count) -> {
                assertThat(mentors).containsKey(mentor);
                assertThat(count).as("mentees of %s", mentor).isLessThanOrEqualTo(capacity(mentor));
            });
            return pairs;
        }

        void mentor(Map<String, Object> body) {
            mentors.put(cohort.post("mentors", body), body);
        }

        void mentee(Map<String, Object> body) {
            mentees.put(cohort.post("mentees", body), body);
        }
    }

    /**
     * Workplace mentoring: four employers, each with two or three colleagues who mentor one or two newcomers and
     * with two to six newcomers, of any field. One employer may have more newcomers than seats.
     */
    public static People workplace(TestCohort cohort, long seed) {
        Random random = new Random(seed);
        People people = new People(cohort);
        for (String employer : List.of("Novo Nordisk", "LEGO", "Maersk", "Vestas")) {
            for (int i = 2 + random.nextInt(2); i > 0; i--) {
                Map<String, Object> mentor = person(random, "Colleague", List.of("da", "en"));
                mentor.put("employer", employer);
                mentor.put("capacity", 1 + random.nextInt(2));
                people.mentor(mentor);
            }
            for (int i = 2 + random.nextInt(5); i > 0; i--) {
                Map<String, Object> mentee = person(random, "Newcomer", List.of(pick(random, List.of("pt", "es", "hi", "uk")), "en"));
                mentee.put("employer", employer);
                mentee.put("homeCountry", pick(random, List.of("BR", "ES", "IN", "UA")));
                people.mentee(mentee);
            }
        }
        return people;
    }

    /**
     * Host families: ten households of two to six seats in two regions, some with children, each cooking one to
     * three diets; guests from three countries (three in five from one, more than half a table allows) filling about
     * four in five seats, some with children, two in five with a diet they need.
     */
    public static People hostFamilies(TestCohort cohort, long seed) {
        Random random = new Random(seed);
        People people = new People(cohort);
        int seats = mentors(people, random, 10, "Household", 2, 6, household -> household.put("attributes", Map.of(
                "hasChildren", random.nextBoolean(), "diet", some(random, DIETS, 1 + random.nextInt(3)))));
        mentees(people, random, seats * 4 / 5, "Guest", List.of("SY", "SY", "SY", "UA", "AF"), guest -> {
            Map<String, Object> attributes = new HashMap<>(Map.of("hasChildren", random.nextBoolean()));
            if (random.nextInt(5) < 2) {
                attributes.put("diet", List.of(pick(random, DIETS)));
            }
            guest.put("attributes", attributes);
        });
        return people;
    }

    /**
     * Network groups: five facilitators with groups of five to eight, and members of several fields from three
     * countries, three in five from one (more than half a group allows).
     */
    public static People networkGroups(TestCohort cohort, long seed) {
        Random random = new Random(seed);
        People people = new People(cohort);
        int places = mentors(people, random, 5, "Facilitator", 5, 8, facilitator -> { });
        mentees(people, random, places - 3, "Member", List.of("IN", "IN", "IN", "US", "CN"), member -> { });
        return people;
    }

    /**
     * Coaching: six contracted coaches taking two to four partners, some meeting online, each covering one to three
     * posting phases; partners of posted staff in one phase each, who meet in person, online or either way.
     */
    public static People coaching(TestCohort cohort, long seed) {
        Random random = new Random(seed);
        People people = new People(cohort);
        int clients = mentors(people, random, 6, "Coach", 2, 4, coach -> {
            coach.put("remoteOk", random.nextBoolean());
            coach.put("attributes", Map.of("postingPhase", some(random, PHASES, 1 + random.nextInt(3))));
        });
        mentees(people, random, clients - 2, "Partner", List.of("DK", "DE", "FR"), partner -> {
            partner.put("wishes", Map.of("meetingMode", pick(random, List.of("IN_PERSON", "ONLINE", "EITHER"))));
            partner.put("attributes", Map.of("postingPhase", List.of(pick(random, PHASES))));
        });
        return people;
    }

    /**
     * Mentors taking {@code minCapacity} to {@code maxCapacity} each, with what {@code shape} adds to each body
     * before it is sent; answers the seats they offer together.
     */
    private static int mentors(People people, Random random, int count, String name, int minCapacity, int maxCapacity,
            Consumer<Map<String, Object>> shape) {
        int seats = 0;
        for (int i = 0; i < count; i++) {
            Map<String, Object> mentor = person(random, name, List.of("en", "da"));
            mentor.put("capacity", minCapacity + random.nextInt(maxCapacity - minCapacity + 1));
            shape.accept(mentor);
            seats += (Integer) mentor.get("capacity");
            people.mentor(mentor);
        }
        return seats;
    }

    /** Mentees from these countries, speaking English, with what {@code shape} adds before each is sent. */
    private static void mentees(People people, Random random, int count, String name, List<String> countries,
            Consumer<Map<String, Object>> shape) {
        for (int i = 0; i < count; i++) {
            Map<String, Object> mentee = person(random, name, List.of("en"));
            mentee.put("homeCountry", pick(random, countries));
            shape.accept(mentee);
            people.mentee(mentee);
        }
    }

    /** What every profile needs, with a field and a region drawn from the seed. */
    private static Map<String, Object> person(Random random, String name, List<String> languages) {
        Map<String, Object> body = new HashMap<>();
        body.put("displayName", name);
        body.put("email", TestCohort.uniqueEmail("example.org"));
        body.put("field", pick(random, FIELDS));
        body.put("languages", languages);
        body.put("region", pick(random, REGIONS));
        return body;
    }

    /** {@code count} distinct values, in the list's order. */
    private static List<String> some(Random random, List<String> values, int count) {
        List<String> shuffled = new ArrayList<>(values);
        Collections.shuffle(shuffled, random);
        Set<String> chosen = Set.copyOf(shuffled.subList(0, count));
        return values.stream().filter(chosen::contains).toList();
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
