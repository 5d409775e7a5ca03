package org.mentormatch.preset;

import static org.mentormatch.matching.policy.Criterion.BALANCED_LOAD;
import static org.mentormatch.matching.policy.Criterion.FIELD_CLOSENESS;
import static org.mentormatch.matching.policy.Criterion.LOCATION;
import static org.mentormatch.matching.policy.Criterion.MARKETS;
import static org.mentormatch.matching.policy.Criterion.PREFERRED_FIELDS;
import static org.mentormatch.matching.policy.Criterion.PREFERRED_LANGUAGES;
import static org.mentormatch.matching.policy.Criterion.QUALIFICATION_FIT;
import static org.mentormatch.matching.policy.Criterion.SHARED_INTERESTS;
import static org.mentormatch.matching.policy.Criterion.SHARED_SKILLS;
import static org.mentormatch.matching.policy.Level.HIGH;
import static org.mentormatch.matching.policy.Level.LOW;
import static org.mentormatch.matching.policy.Level.MEDIUM;
import static org.mentormatch.matching.policy.Level.OFF;

import java.util.EnumMap;
import java.util.Map;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.programme.ProgrammeType;

/**
 * What a programme of one type starts from: the one place each type's settings are defined. A cohort whose
 * coordinator has set no policy is matched with its programme type's preset; a coordinator's policy replaces it
 * whole, so every setting stays editable.
 *
 * @param type   the programme type
 * @param policy the policy its cohorts have until a coordinator sets one
 */
public record Preset(ProgrammeType type, MatchingPolicy policy) {

    public static Preset of(ProgrammeType type) {
        return new Preset(type, switch (type) {
            case MENTORING -> MatchingPolicy.defaults();
            case WORKPLACE_MENTORING -> workplaceMentoring();
            case COACHING -> coaching();
            case HOST_FAMILY -> hostFamily();
            case NETWORK_GROUP -> networkGroup();
        });
    }

    /**
     * A colleague at the newcomer's own company: the employer rule is SAME, and any department will do, so no
     * field is required. A shared language counts most for someone new to the country; a colleague mentors beside
     * their own job, so the load is spread.
     */
    private static MatchingPolicy workplaceMentoring() {
        return over(EmployerRule.SAME, 0, Map.of(
                FIELD_CLOSENESS, MEDIUM, PREFERRED_FIELDS, MEDIUM, QUALIFICATION_FIT, LOW, MARKETS, LOW,
                LOCATION, MEDIUM, PREFERRED_LANGUAGES, HIGH, BALANCED_LOAD, MEDIUM));
    }

    /**
     * Contracted coaches for partners of posted staff: the employer plays no part and a coach is qualified by
     * contract, not by field or seniority. Coaching works in the partner's own language and, wherever the partner
     * lives, online; a coach who knows the partner's home country helps on return; clients are spread over the pool.
     */
    private static MatchingPolicy coaching() {
        return over(EmployerRule.ANY, 0, Map.of(
                FIELD_CLOSENESS, LOW, PREFERRED_FIELDS, LOW, QUALIFICATION_FIT, OFF, SHARED_SKILLS, OFF,
                PREFERRED_LANGUAGES, HIGH, BALANCED_LOAD, MEDIUM)).withOnlineCountingAsLocal(true);
    }

    /**
     * Households hosting newcomers for a meal: work plays no part, so no field, qualification, skill, market or
     * employer rule. Guests come to the house, so the region counts most, with a language to talk in and
     * interests to talk about.
     */
    private static MatchingPolicy hostFamily() {
        return over(EmployerRule.ANY, 0, Map.of(
                FIELD_CLOSENESS, OFF, PREFERRED_FIELDS, OFF, QUALIFICATION_FIT, OFF, SHARED_SKILLS, OFF,
                MARKETS, OFF, SHARED_INTERESTS, MEDIUM, LOCATION, HIGH, PREFERRED_LANGUAGES, HIGH));
    }

    /**
     * Groups around a facilitator: a group meets in person and talks one language, its members may be of any
     * field and employer, and groups are kept of even size.
     */
    private static MatchingPolicy networkGroup() {
        return over(EmployerRule.ANY, 0, Map.of(
                FIELD_CLOSENESS, MEDIUM, PREFERRED_FIELDS, MEDIUM, QUALIFICATION_FIT, LOW, SHARED_INTERESTS, MEDIUM,
                SHARED_SKILLS, LOW, MARKETS, LOW, LOCATION, HIGH, PREFERRED_LANGUAGES, HIGH, BALANCED_LOAD, HIGH));
    }

    /** The defaults with these levels, employer rule and field floor; priority and minimum quality as default. */
    private static MatchingPolicy over(EmployerRule employerRule, int minimumFieldCloseness,
            Map<Criterion, Level> levels) {
        MatchingPolicy defaults = MatchingPolicy.defaults();
        Map<Criterion, Level> merged = new EnumMap<>(defaults.levels());
        merged.putAll(levels);
        return new MatchingPolicy(merged, defaults.priority(), defaults.minimumQuality(), minimumFieldCloseness,
                employerRule);
    }
}
