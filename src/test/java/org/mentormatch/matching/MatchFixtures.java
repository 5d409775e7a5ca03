package org.mentormatch.matching;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.matching.model.ExcludedPair;
import org.mentormatch.matching.model.MeetingMode;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.MatchingPolicy;

/**
 * Small builders for matching tests. The defaults make a strong pair: same field, a preferred field, a better
 * qualified mentor, one shared interest and skill, a known market, remote meetings and a preferred language.
 * With the default policy that pair scores quality 87 (1475 weighted points / 17).
 */
public final class MatchFixtures {

    private MatchFixtures() {
    }

    public static UUID menteeId(int index) {
        return new UUID(1, index);
    }

    public static UUID mentorId(int index) {
        return new UUID(2, index);
    }

    public static MentorBuilder mentor(int index) {
        return new MentorBuilder(index);
    }

    public static MenteeBuilder mentee(int index) {
        return new MenteeBuilder(index);
    }

    public static PairTable table(MatchingPolicy policy, List<MenteeFact> mentees, List<MentorFact> mentors,
            ExcludedPair... exclusions) {
        return PairTable.build(mentees, mentors, policy, List.of(exclusions));
    }

    /**
     * The assignments as part of the run the table was built for, as {@link org.mentormatch.matching.model.MatchPlan}
     * makes them: the facts a constraint verification is given.
     */
    public static MenteeAssignment[] inRun(PairTable table, MenteeAssignment... assignments) {
        for (MenteeAssignment assignment : assignments) {
            assignment.setPairTable(table);
        }
        return assignments;
    }

    /** The table for a single pair: both at index 0. */
    public static PairTable table(MatchingPolicy policy, MenteeFact mentee, MentorFact mentor) {
        return table(policy, List.of(mentee), List.of(mentor));
    }

    public static final class MentorBuilder {
        private final int index;
        private String field = "2511";
        private Integer education = 7;
        private Integer years = 10;
        private List<String> skills = List.of("java", "sql");
        private List<String> interests = List.of("hiking", "chess");
        private List<String> languages = List.of("da", "en");
        private String region = "DK-84";
        private boolean remoteOk = true;
        private String employer;
        private int capacity = 2;
        private List<String> markets = List.of("IN");
        private Map<String, Object> attributes = Map.of();
        private List<UUID> accepts = List.of();
        private List<UUID> declines = List.of();

        private MentorBuilder(int index) {
            this.index = index;
        }

        public MentorBuilder field(String value) { field = value; return this; }
        public MentorBuilder education(Integer value) { education = value; return this; }
        public MentorBuilder years(Integer value) { years = value; return this; }
        public MentorBuilder skills(String... values) { skills = List.of(values); return this; }
        public MentorBuilder interests(String... values) { interests = List.of(values); return this; }
        public MentorBuilder languages(String... values) { languages = List.of(values); return this; }
        public MentorBuilder region(String value) { region = value; return this; }
        public MentorBuilder remoteOk(boolean value) { remoteOk = value; return this; }
        public MentorBuilder employer(String value) { employer = value; return this; }
        public MentorBuilder capacity(int value) { capacity = value; return this; }
        public MentorBuilder markets(String... values) { markets = List.of(values); return this; }
        public MentorBuilder attributes(Map<String, Object> values) { attributes = values; return this; }
        public MentorBuilder accepts(UUID... mentees) { accepts = List.of(mentees); return this; }
        public MentorBuilder declines(UUID... mentees) { declines = List.of(mentees); return this; }

        public MentorFact build() {
            return new MentorFact(index, mentorId(index), field, education, years, skills, interests, languages,
                    region, remoteOk, "DK", employer, capacity, markets, attributes, accepts, declines);
        }
    }

    public static final class MenteeBuilder {
        private final int index;
        private String field = "2511";
        private Integer education = 6;
        private Integer years = 3;
        private List<String> skills = List.of("java", "python");
        private List<String> interests = List.of("hiking", "cooking");
        private List<String> languages = List.of("en", "hi");
        private String region = "DK-84";
        private String homeCountry = "IN";
        private String employer;
        private List<String> preferredFields = List.of("25");
        private List<String> preferredLanguages = List.of("en");
        private MeetingMode meetingMode = MeetingMode.EITHER;
        private Map<String, Object> attributes = Map.of();
        private List<UUID> ranked = List.of();

        private MenteeBuilder(int index) {
            this.index = index;
        }

        public MenteeBuilder field(String value) { field = value; return this; }
        public MenteeBuilder education(Integer value) { education = value; return this; }
        public MenteeBuilder years(Integer value) { years = value; return this; }
        public MenteeBuilder skills(String... values) { skills = List.of(values); return this; }
        public MenteeBuilder interests(String... values) { interests = List.of(values); return this; }
        public MenteeBuilder languages(String... values) { languages = List.of(values); return this; }
        public MenteeBuilder region(String value) { region = value; return this; }
        public MenteeBuilder homeCountry(String value) { homeCountry = value; return this; }
        public MenteeBuilder employer(String value) { employer = value; return this; }
        public MenteeBuilder preferredFields(String... values) { preferredFields = List.of(values); return this; }
        public MenteeBuilder preferredLanguages(String... values) { preferredLanguages = List.of(values); return this; }
        public MenteeBuilder meetingMode(MeetingMode value) { meetingMode = value; return this; }
        public MenteeBuilder attributes(Map<String, Object> values) { attributes = values; return this; }
        public MenteeBuilder ranked(UUID... mentors) { ranked = List.of(mentors); return this; }

        public MenteeFact build() {
            return new MenteeFact(index, menteeId(index), field, education, years, skills, interests, languages,
                    region, homeCountry, employer, preferredFields, preferredLanguages, meetingMode, attributes, ranked);
        }
    }
}
