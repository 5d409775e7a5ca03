package org.mentormatch.demo;

import static org.mentormatch.demo.DemoVocabulary.AREAS;
import static org.mentormatch.demo.DemoVocabulary.CAPACITY_WEIGHTS;
import static org.mentormatch.demo.DemoVocabulary.DANISH_FIRST_NAMES;
import static org.mentormatch.demo.DemoVocabulary.DANISH_LAST_NAMES;
import static org.mentormatch.demo.DemoVocabulary.EMPLOYERS;
import static org.mentormatch.demo.DemoVocabulary.GENERAL_SKILLS;
import static org.mentormatch.demo.DemoVocabulary.INTERESTS;
import static org.mentormatch.demo.DemoVocabulary.MENTEE_REGION_WEIGHTS;
import static org.mentormatch.demo.DemoVocabulary.MENTOR_REGION_WEIGHTS;
import static org.mentormatch.demo.DemoVocabulary.ORIGINS;
import static org.mentormatch.demo.DemoVocabulary.REGIONS;
import static org.mentormatch.demo.DemoVocabulary.WISH_NOTES;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;
import org.mentormatch.consent.Consent;
import org.mentormatch.demo.DemoVocabulary.Area;
import org.mentormatch.demo.DemoVocabulary.Origin;
import org.mentormatch.profile.MeetingMode;
import org.mentormatch.profile.MenteeRequest;
import org.mentormatch.profile.MenteeWishes;
import org.mentormatch.profile.MentorRequest;

/**
 * A realistic spouse-mentoring cohort in Denmark, the same for the same seed: Danish mentors, mostly around Aarhus
 * and Copenhagen, and newly arrived mentees from abroad, both spread over a few professional areas so that good
 * and poor pairs both exist. Nothing depends on the clock or on hash order.
 */
public final class DemoCohortGenerator {

    private static final String EMAIL_DOMAIN = "@demo.mentor-match.org";
    /** Demo people record no consent: every programme without matchingBases matches them, and the draw stays as it was. */
    private static final Consent NO_CONSENT = null;

    private final Random random;

    private DemoCohortGenerator(long seed) {
        this.random = new Random(seed);
    }

    public static DemoCohort generate(int mentees, int mentors, long seed) {
        DemoCohortGenerator generator = new DemoCohortGenerator(seed);
        List<MentorRequest> mentorList = IntStream.rangeClosed(1, mentors).mapToObj(generator::mentor).toList();
        List<MenteeRequest> menteeList = IntStream.rangeClosed(1, mentees).mapToObj(generator::mentee).toList();
        return new DemoCohort(mentorList, menteeList);
    }

    private MentorRequest mentor(int number) {
        Area area = pick(AREAS, AREAS.stream().mapToInt(Area::weight).toArray());
        List<String> languages = new ArrayList<>(List.of("da"));
        addSometimes(languages, "en", 85);
        addSometimes(languages, "de", 20);
        addSometimes(languages, "sv", 10);
        List<String> markets = new ArrayList<>(List.of("DK"));
        while (chance(45) && markets.size() < 4) {
            String market = pick(ORIGINS, originWeights()).country();
            if (!markets.contains(market)) {
                markets.add(market);
            }
        }
        return new MentorRequest(
                pick(DANISH_FIRST_NAMES) + " " + pick(DANISH_LAST_NAMES),
                "mentor-" + number + EMAIL_DOMAIN,
                pick(area.fields()),
                pick(List.of(6, 7, 8), new int[] {35, 55, 10}),
                8 + random.nextInt(23),
                skills(area),
                some(INTERESTS, 1, 3),
                languages,
                pick(REGIONS, MENTOR_REGION_WEIGHTS),
                chance(60),
                chance(90) ? "DK" : pick(List.of("SE", "DE", "NO")),
                pick(EMPLOYERS),
                pick(List.of(1, 2, 3), CAPACITY_WEIGHTS),
                markets,
                NO_CONSENT,
                null,
                null);
    }

    private MenteeRequest mentee(int number) {
        Area area = pick(AREAS, AREAS.stream().mapToInt(Area::weight).toArray());
        Origin origin = pick(ORIGINS, originWeights());
        Set<String> languages = new LinkedHashSet<>();
        if (chance(92)) {
            languages.add("en");
        }
        languages.add(origin.language());
        addSometimes(languages, "da", 15);
        String field = pick(area.fields());
        return new MenteeRequest(
                pick(origin.firstNames()) + " " + pick(origin.lastNames()),
                "mentee-" + number + EMAIL_DOMAIN,
                field,
                pick(List.of(6, 7, 8), new int[] {40, 50, 10}),
                1 + random.nextInt(15),
                skills(area),
                some(INTERESTS, 1, 3),
                List.copyOf(languages),
                chance(95) ? pick(REGIONS, MENTEE_REGION_WEIGHTS) : null,
                chance(70),
                origin.country(),
                chance(12) ? pick(EMPLOYERS) : null,
                wishes(area, field, languages),
                NO_CONSENT,
                null,
                null);
    }

    /**
     * Most want a mentor near their own field (its minor group, or another unit group of their area), some also a
     * career change (a whole sub-major group); language wishes follow what they speak.
     */
    private MenteeWishes wishes(Area own, String field, Set<String> languages) {
        List<String> fields = new ArrayList<>();
        if (chance(70)) {
            fields.add(chance(60) ? field.substring(0, 3) : pick(own.fields()));
            if (chance(15)) {
                String other = pick(AREAS).fields().get(0).substring(0, 2);
                if (!fields.contains(other)) {
                    fields.add(other);
                }
            }
        }
        List<String> preferredLanguages = new ArrayList<>();
        if (chance(50)) {
            preferredLanguages.add(languages.contains("en") ? "en" : languages.iterator().next());
            if (languages.contains("da") && chance(50)) {
                preferredLanguages.add("da");
            }
        }
        MeetingMode mode = pick(List.of(MeetingMode.IN_PERSON, MeetingMode.ONLINE, MeetingMode.EITHER), new int[] {30, 20, 50});
        return new MenteeWishes(fields, preferredLanguages, mode, chance(25) ? pick(WISH_NOTES) : null);
    }

    private List<String> skills(Area area) {
        List<String> skills = new ArrayList<>(some(area.skills(), 2, 4));
        if (chance(40)) {
            skills.add(pick(GENERAL_SKILLS));
        }
        return skills;
    }

    /** Between min and max different entries, in the list's order. */
    private List<String> some(List<String> from, int min, int max) {
        int count = min + random.nextInt(max - min + 1);
        List<String> left = new ArrayList<>(from);
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count && !left.isEmpty()) {
            chosen.add(left.remove(random.nextInt(left.size())));
        }
        return chosen;
    }

    private void addSometimes(Collection<String> languages, String language, int percent) {
        if (chance(percent)) {
            languages.add(language);
        }
    }

    private boolean chance(int percent) {
        return random.nextInt(100) < percent;
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private <T> T pick(List<T> from, int[] weights) {
        int roll = random.nextInt(IntStream.of(weights).sum());
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return from.get(i);
            }
        }
        throw new IllegalStateException("weights do not cover the list");
    }

    private static int[] originWeights() {
        return ORIGINS.stream().mapToInt(Origin::weight).toArray();
    }
}
