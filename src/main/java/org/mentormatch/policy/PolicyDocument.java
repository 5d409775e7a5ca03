package org.mentormatch.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.matching.policy.Criterion;
import org.mentormatch.matching.policy.EmployerRule;
import org.mentormatch.matching.policy.MatchingPolicy;
import org.mentormatch.matching.policy.Priority;

/**
 * A cohort's matching policy as coordinators read and write it. Fields left out of a PUT take their value from
 * the programme type's preset; {@code version} is ignored on input (use If-Match).
 */
@Schema(name = "MatchingPolicy", description = "What a cohort's match must respect and what it should favour")
public record PolicyDocument(
        @Valid CriterionLevels criteria,
        @Schema(description = "PARTICIPATION: match as many mentees as possible first. QUALITY: leave a mentee "
                + "unmatched rather than give a pair below minimumQuality", example = "PARTICIPATION")
        Priority priority,
        @Min(0) @Max(100)
        @Schema(description = "With QUALITY priority, the lowest pair quality (0-100) allowed", example = "40")
        Integer minimumQuality,
        @Min(0) @Max(4)
        @Schema(description = "Leading occupation-code digits a pair must share: 0 = any field, "
                + "1 = same ISCO major group, 4 = same unit group", example = "1")
        Integer minimumFieldCloseness,
        @Schema(description = "DIFFERENT: the mentor never works for the mentee's employer. ANY: employers play "
                + "no part. SAME: workplace mentoring, the mentor works for the mentee's employer; a pair where "
                + "either employer is not known is then not allowed", example = "DIFFERENT")
        EmployerRule employerRule,
        @Size(max = MatchingPolicy.MAX_ATTRIBUTE_CRITERIA)
        @Schema(description = "Criteria on the programme's attributes (at most 6, one per attribute), each graded and "
                + "weighted like the fixed criteria. Left out: the programme type's preset criteria (none for "
                + "MENTORING)")
        List<@NotNull @Valid PolicyAttributeCriterion> attributeCriteria,
        @Size(max = 10)
        @Schema(description = "Mix quotas for one-to-many programmes (host families with seats, groups around a "
                + "facilitator): no mentor's group holds more than maxShare of its capacity from one value. Left out: "
                + "the programme type's preset quotas (none for MENTORING)")
        List<@NotNull @Valid MixQuotaDocument> mix,
        @Schema(description = "true: a mentor who meets online gets the full location grade whatever the mentee's "
                + "meeting mode and region, as in coaching held online by design. false: online counts only for a "
                + "mentee who accepts it", example = "false")
        Boolean onlineCountsAsLocal,
        @Schema(description = "Changes with every update; also sent as the ETag", readOnly = true, example = "0")
        Long version) {

    static PolicyDocument of(MatchingPolicy policy, long version) {
        return new PolicyDocument(CriterionLevels.of(policy.levels()), policy.priority(), policy.minimumQuality(),
                policy.minimumFieldCloseness(), policy.employerRule(), criteriaOf(policy), mixOf(policy),
                policy.onlineCountsAsLocal(), version);
    }

    /** The policy as a run used it: a copy with no version of its own. */
    public static PolicyDocument snapshot(MatchingPolicy policy) {
        return new PolicyDocument(CriterionLevels.of(policy.levels()), policy.priority(), policy.minimumQuality(),
                policy.minimumFieldCloseness(), policy.employerRule(), criteriaOf(policy), mixOf(policy),
                policy.onlineCountsAsLocal(), null);
    }

    private static List<PolicyAttributeCriterion> criteriaOf(MatchingPolicy policy) {
        return policy.attributeCriteria().stream().map(PolicyAttributeCriterion::of).toList();
    }

    /**
     * The policy this document describes, the preset filling what it leaves out.
     *
     * @throws IllegalArgumentException naming the criterion when the combination is not allowed
     */
    MatchingPolicy toPolicy(MatchingPolicy defaults) {
        return new MatchingPolicy(
                criteria == null ? defaults.levels() : criteria.over(defaults.levels()),
                priority == null ? defaults.priority() : priority,
                minimumQuality == null ? defaults.minimumQuality() : minimumQuality,
                minimumFieldCloseness == null ? defaults.minimumFieldCloseness() : minimumFieldCloseness,
                employerRule == null ? defaults.employerRule() : employerRule,
                attributeCriteria == null ? defaults.attributeCriteria()
                        : attributeCriteria.stream().map(criterion -> criterion.toCriterion(criterion.key())).toList(),
                mix == null ? defaults.mix() : mix.stream().map(MixQuotaDocument::toQuota).toList(),
                onlineCountsAsLocal == null ? defaults.onlineCountsAsLocal() : onlineCountsAsLocal);
    }

    private static List<MixQuotaDocument> mixOf(MatchingPolicy policy) {
        return policy.mix().stream().map(MixQuotaDocument::of).toList();
    }

    static String fieldOf(Criterion criterion) {
        return "criteria." + criterion.jsonName();
    }
}
