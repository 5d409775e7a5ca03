package org.mentormatch.matching.solver.justification;

import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.mentormatch.matching.model.HardRule;
import org.mentormatch.matching.model.MenteeAssignment;
import org.mentormatch.matching.model.MenteeFact;
import org.mentormatch.matching.model.MentorFact;
import org.mentormatch.matching.model.PairTable;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Criterion;
import org.optaplanner.core.api.score.stream.ConstraintJustification;

/**
 * Why a pair breaks a pair rule: excluded, same or different employer, no common language, fields too far apart, or a required
 * criterion not met. The description is the reason a coordinator reads as it stands.
 */
public record PairRuleJustification(UUID menteeId, UUID mentorId, String description)
        implements ConstraintJustification {

    public static PairRuleJustification of(HardRule rule, MenteeAssignment assignment, PairTable table) {
        MenteeFact mentee = assignment.getMentee();
        MentorFact mentor = assignment.getMentor();
        String description = switch (rule) {
            case EXCLUDED -> "A coordinator ruled out pairing the mentee with the mentor.";
            case SAME_EMPLOYER -> "The mentee and the mentor work for the same employer (%s)."
                    .formatted(mentor.employer());
            case DIFFERENT_EMPLOYER ->
                    "The policy asks for a mentor at the mentee's employer; the mentee works for %s and the mentor for %s."
                            .formatted(known(mentee.employer()), known(mentor.employer()));
            case NO_COMMON_LANGUAGE -> "The mentee (speaks %s) and the mentor (speaks %s) have no language in common."
                    .formatted(mentee.languages(), mentor.languages());
            case FIELDS_TOO_FAR_APART ->
                    "The mentee works in field %s and the mentor in field %s: fewer than %d leading digits in common."
                            .formatted(mentee.field(), mentor.field(), table.policy().minimumFieldCloseness());
            case REQUIRED_CRITERION_NOT_MET -> "The mentee and the mentor fail the required criteria: %s.".formatted(
                    Stream.concat(table.unmetRequirements(mentee, mentor).stream().map(Criterion::label),
                                    table.unmetAttributeRequirements(mentee, mentor).stream().map(AttributeCriterion::name))
                            .collect(Collectors.joining(", ")));
            // Judged on the pair's quality, so justified by a QualityJustification.
            case BELOW_MINIMUM_QUALITY -> throw new IllegalArgumentException(rule + " is not a rule on pair facts");
        };
        return new PairRuleJustification(mentee.id(), mentor.id(), description);
    }

    private static String known(String employer) {
        return employer == null || employer.isBlank() ? "an employer not known" : employer;
    }
}
