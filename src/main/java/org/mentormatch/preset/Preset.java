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
import static org.mentormatch.matching.policy.Level.MUST;
import static org.mentormatch.matching.policy.Level.OFF;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.mentormatch.attribute.AppliesTo;
import org.mentormatch.attribute.AttributeType;
import org.mentormatch.attribute.ProgrammeAttribute;
import org.mentormatch.matching.policy.AttributeCompare;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.Level;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.MixQuota;
import org.mentormatch.programme.ProgrammeType;

/**
 * What a programme of one type starts from: the one place each type's settings are defined. A programme created
 * with a type is given the type's attributes; a cohort whose coordinator has set no policy is matched with the
 * type's policy. Both are filled once: a coordinator's attribute list or policy replaces them, so every setting
 * stays editable.
 *
 * @param type       the programme type
 * @param policy     the policy its cohorts have until a coordinator sets one
 * @param attributes the attributes a new programme of the type is given
 */
public record Preset(ProgrammeType type, MatchingPolicy policy, List<ProgrammeAttribute> attributes) {

    private static final ProgrammeAttribute POSTING_PHASE = new ProgrammeAttribute("postingPhase", "Posting phase",
            AttributeType.MULTI_CHOICE, List.of("BEFORE_DEPARTURE", "ABROAD", "RETURNED"), AppliesTo.BOTH);
    private static final ProgrammeAttribute HAS_CHILDREN = new ProgrammeAttribute("hasChildren",
            "Family with children", AttributeType.BOOLEAN, List.of(), AppliesTo.BOTH);
    private static final ProgrammeAttribute DIET = new ProgrammeAttribute("diet", "Diet", AttributeType.MULTI_CHOICE,
            List.of("VEGETARIAN", "VEGAN", "HALAL", "KOSHER", "GLUTEN_FREE", "LACTOSE_FREE"), AppliesTo.BOTH);
    private static final BigDecimal HALF = new BigDecimal("0.5");

    public static Preset of(ProgrammeType type) {
        return switch (type) {
            case MENTORING -> new Preset(type, MatchingPolicy.defaults(), List.of());
            case WORKPLACE_MENTORING -> new Preset(type, workplaceMentoring(), List.of());
            case COACHING -> new Preset(type, coaching(), List.of(POSTING_PHASE));
            case HOST_FAMILY -> new Preset(type, hostFamily(), List.of(HAS_CHILDREN, DIET));
            case NETWORK_GROUP -> new Preset(type, networkGroup(), List.of());
        };
    }

    /**
     * A colleague at the newcomer's own company: the employer rule is SAME, and any department will do, so no
     * field is required. A shared language counts most for someone new to the country; a colleague mentors beside
     * their own job, so the load is spread.
     */
    private static MatchingPolicy workplaceMentoring() {
        return over(EmployerRule.SAME, Map.of(
                FIELD_CLOSENESS, MEDIUM, PREFERRED_FIELDS, MEDIUM, QUALIFICATION_FIT, LOW, MARKETS, LOW,
                LOCATION, MEDIUM, PREFERRED_LANGUAGES, HIGH, BALANCED_LOAD, MEDIUM));
    }

    /**
     * Contracted coaches for partners of posted staff: the employer plays no part and a coach is qualified by
     * contract, not by field or seniority. A coach must cover the partner's posting phase; coaching works in the
     * partner's own language and, wherever the partner lives, online; a coach who knows the partner's home country
     * helps on return; clients are spread over the pool.
     */
    private static MatchingPolicy coaching() {
        return over(EmployerRule.ANY, Map.of(
                FIELD_CLOSENESS, LOW, PREFERRED_FIELDS, LOW, QUALIFICATION_FIT, OFF, SHARED_SKILLS, OFF,
                PREFERRED_LANGUAGES, HIGH, BALANCED_LOAD, MEDIUM))
                .withAttributeCriteria(List.of(criterion(POSTING_PHASE, AttributeCompare.OVERLAP, MUST)))
                .withOnlineCountingAsLocal(true);
    }

    /**
     * Households hosting newcomers for a meal: work plays no part, so no field, qualification, skill, market or
     * employer rule. Guests come to the house, so the region counts most, with a language to talk in and
     * interests to talk about. A household cooks for the guest's diet; families with children meet families with
     * children where they can; and no household's table is more than half from one country.
     */
    private static MatchingPolicy hostFamily() {
        return over(EmployerRule.ANY, Map.of(
                FIELD_CLOSENESS, OFF, PREFERRED_FIELDS, OFF, QUALIFICATION_FIT, OFF, SHARED_SKILLS, OFF,
                MARKETS, OFF, SHARED_INTERESTS, MEDIUM, LOCATION, HIGH, PREFERRED_LANGUAGES, HIGH))
                .withAttributeCriteria(List.of(criterion(HAS_CHILDREN, AttributeCompare.SAME, MEDIUM),
                        criterion(DIET, AttributeCompare.OVERLAP, MUST)))
                .withMix(List.of(new MixQuota(MixQuota.HOME_COUNTRY, HALF, MUST)));
    }

    /**
     * Groups around a facilitator: a group meets in person and talks one language, its members may be of any
     * employer, and groups are kept of even size. No group is more than half from one country, and a mix of
     * fields is favoured.
     */
    private static MatchingPolicy networkGroup() {
        return over(EmployerRule.ANY, Map.of(
                FIELD_CLOSENESS, MEDIUM, PREFERRED_FIELDS, MEDIUM, QUALIFICATION_FIT, LOW, SHARED_INTERESTS, MEDIUM,
                SHARED_SKILLS, LOW, MARKETS, LOW, LOCATION, HIGH, PREFERRED_LANGUAGES, HIGH, BALANCED_LOAD, HIGH))
                .withMix(List.of(new MixQuota(MixQuota.HOME_COUNTRY, HALF, MUST),
                        new MixQuota(MixQuota.FIELD, HALF, MEDIUM)));
    }

    /**
     * The defaults with these levels and employer rule, and no field required: outside career mentoring a pair's
     * fields may be far apart. Priority and minimum quality stay as in the defaults.
     */
    private static MatchingPolicy over(EmployerRule employerRule, Map<Criterion, Level> levels) {
        MatchingPolicy defaults = MatchingPolicy.defaults();
        Map<Criterion, Level> merged = new EnumMap<>(defaults.levels());
        merged.putAll(levels);
        return new MatchingPolicy(merged, defaults.priority(), defaults.minimumQuality(), 0, employerRule);
    }

    private static AttributeCriterion criterion(ProgrammeAttribute attribute, AttributeCompare compare, Level level) {
        return new AttributeCriterion(attribute.key(), attribute.label(), compare, level);
    }
}
