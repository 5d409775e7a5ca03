package org.mentormatch.matching.model;

import static org.mentormatch.matching.policy.Criterion.MAX_GRADE;

import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.mentormatch.matching.policy.Criterion;

/**
 * Grades one pair on every pair criterion, 0 (none) to 4 (full), from profiles encoded once per run.
 * Grade 2 is neutral: it is given when the data to judge a criterion is missing, so that unknowns neither
 * help nor block a pair.
 */
final class PairGrader {

    private static final int NEUTRAL = 2;

    /**
     * Skills, interests and languages are {@link Vocabulary#set sets} of vocabulary ids. {@code meetsOnline}: the
     * mentee accepts online meetings, or the policy counts them as local anyway.
     */
    record Mentee(String field, Integer education, Integer years, long[] skills, long[] interests, long[] languages,
            int region, int homeCountry, int employer, List<String> preferredFields, long[] preferredLanguages,
            MeetingMode meetingMode, boolean meetsOnline, int person, int[] rankedMentors) {
    }

    /**
     * Skills, interests, languages and markets are {@link Vocabulary#set sets} of vocabulary ids; so are the
     * mentees the mentor accepted and declined, of person ids.
     */
    record Mentor(String field, Integer education, Integer years, long[] skills, long[] interests, long[] languages,
            int region, int employer, boolean remoteOk, long[] markets, int person, long[] accepted, long[] declined) {
    }

    private final Vocabulary words = new Vocabulary(Vocabulary.LOWER);
    private final Vocabulary languages = new Vocabulary(Vocabulary.LOWER);
    private final Vocabulary places = new Vocabulary(Vocabulary.UPPER);
    private final Vocabulary employers = new Vocabulary(Vocabulary.LOWER);
    // Mentee and mentor ids as small ints, so that a stated choice is found by comparing ints.
    private final Vocabulary people = new Vocabulary(UnaryOperator.identity());
    private final boolean onlineCountsAsLocal;

    /** @param onlineCountsAsLocal the policy's setting: a mentor meeting online is local to every mentee */
    PairGrader(boolean onlineCountsAsLocal) {
        this.onlineCountsAsLocal = onlineCountsAsLocal;
    }

    Mentee encode(MenteeFact m) {
        return new Mentee(m.field().trim(), m.educationLevel(), m.yearsOfExperience(), words.set(m.skills()),
                words.set(m.interests()), languages.set(m.languages()), places.id(m.region()),
                places.id(m.homeCountry()), employers.id(m.employer()),
                m.preferredFields().stream().map(String::trim).filter(code -> !code.isEmpty()).toList(),
                languages.set(m.preferredLanguages()), m.meetingMode(),
                onlineCountsAsLocal || m.meetingMode().acceptsOnline(), person(m.id()),
                m.rankedMentors().stream().mapToInt(this::person).toArray());
    }

    Mentor encode(MentorFact m) {
        return new Mentor(m.field().trim(), m.educationLevel(), m.yearsOfExperience(), words.set(m.skills()),
                words.set(m.interests()), languages.set(m.languages()), places.id(m.region()),
                employers.id(m.employer()), m.remoteOk(), places.set(m.markets()), person(m.id()),
                people(m.acceptedMentees()), people(m.declinedMentees()));
    }

    private int person(UUID id) {
        return people.id(id.toString());
    }

    private long[] people(Collection<UUID> ids) {
        return people.set(ids.stream().map(UUID::toString).toList());
    }

    /** True only if both employers are known and equal: an unknown employer is nobody's colleague. */
    static boolean sameEmployer(Mentee mentee, Mentor mentor) {
        return mentee.employer() != Vocabulary.UNKNOWN && mentee.employer() == mentor.employer();
    }

    static boolean commonLanguage(Mentee mentee, Mentor mentor) {
        return Vocabulary.countCommon(mentee.languages(), mentor.languages(), 1) > 0;
    }

    static int grade(Criterion criterion, Mentee mentee, Mentor mentor) {
        return switch (criterion) {
            case FIELD_CLOSENESS -> sharedPrefix(mentee.field(), mentor.field());
            case PREFERRED_FIELDS -> preferredField(mentee, mentor);
            case QUALIFICATION_FIT -> atLeast(mentor.education(), mentee.education())
                    + atLeast(mentor.years(), mentee.years());
            // No neutral grade here: nothing known in common is nothing in common.
            case SHARED_INTERESTS -> Vocabulary.countCommon(mentee.interests(), mentor.interests(), MAX_GRADE);
            case SHARED_SKILLS -> Vocabulary.countCommon(mentee.skills(), mentor.skills(), MAX_GRADE);
            case MARKETS -> mentee.homeCountry() == Vocabulary.UNKNOWN ? NEUTRAL
                    : Vocabulary.contains(mentor.markets(), mentee.homeCountry()) ? MAX_GRADE : 0;
            case LOCATION -> location(mentee, mentor);
            case PREFERRED_LANGUAGES -> mentee.preferredLanguages().length == 0 ? NEUTRAL
                    : Vocabulary.countCommon(mentee.preferredLanguages(), mentor.languages(), 1) > 0 ? MAX_GRADE : 0;
            case STATED_PREFERENCES -> statedPreference(mentee, mentor);
            case FAIRNESS, BALANCED_LOAD -> throw new IllegalArgumentException(criterion + " is not a pair criterion");
        };
    }

    /** ISCO-08 is hierarchical: each shared leading digit is one level of the same occupation tree. */
    private static int sharedPrefix(String a, String b) {
        int max = Math.min(MAX_GRADE, Math.min(a.length(), b.length()));
        int shared = 0;
        while (shared < max && a.charAt(shared) == b.charAt(shared)) {
            shared++;
        }
        return shared;
    }

    private static int preferredField(Mentee mentee, Mentor mentor) {
        if (mentee.preferredFields().isEmpty()) {
            return NEUTRAL;
        }
        for (String preferred : mentee.preferredFields()) { // a loop, not a stream: this runs for every pair
            if (mentor.field().startsWith(preferred)) {
                return MAX_GRADE;
            }
        }
        return 0;
    }

    /** As {@link Criterion#STATED_PREFERENCES} defines it: the mentor's refusal first, then the mentee's rank. */
    private static int statedPreference(Mentee mentee, Mentor mentor) {
        if (Vocabulary.contains(mentor.declined(), mentee.person())
                || mentor.accepted().length > 0 && !Vocabulary.contains(mentor.accepted(), mentee.person())) {
            return 0;
        }
        int[] ranked = mentee.rankedMentors();
        if (ranked.length == 0) {
            return NEUTRAL;
        }
        for (int place = 0; place < ranked.length; place++) {
            if (ranked[place] == mentor.person()) {
                return Math.max(1, MAX_GRADE - place);
            }
        }
        return 0;
    }

    /** Half of the qualification grade: 2 if the mentor has at least the mentee's value, 1 if unknown, else 0. */
    private static int atLeast(Integer mentorValue, Integer menteeValue) {
        if (mentorValue == null || menteeValue == null) {
            return 1;
        }
        return mentorValue >= menteeValue ? 2 : 0;
    }

    private static int location(Mentee mentee, Mentor mentor) {
        boolean sameRegion = mentee.region() != Vocabulary.UNKNOWN && mentee.region() == mentor.region();
        if (sameRegion || (mentee.meetsOnline() && mentor.remoteOk())) {
            return MAX_GRADE;
        }
        if (mentee.region() == Vocabulary.UNKNOWN || mentor.region() == Vocabulary.UNKNOWN) {
            return NEUTRAL;
        }
        // A mentee open to either mode may still travel to a mentor who only meets in person.
        return mentee.meetingMode() == MeetingMode.EITHER ? 1 : 0;
    }
}
