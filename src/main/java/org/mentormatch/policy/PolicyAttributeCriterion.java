package org.mentormatch.policy;

import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.attribute.AttributeType;
import org.mentormatch.matching.policy.AttributeCompare;
import org.mentormatch.matching.policy.AttributeCriterion;
import org.mentormatch.matching.policy.Level;

/** A policy's criterion on one of the programme's attributes, as coordinators write it and as it is stored. */
@Schema(name = "AttributeCriterion", description = "Compares a programme attribute's value of the mentee with the "
        + "mentor's. Grades 0-4 like every criterion: a full match 4, a mismatch 0, a value missing on either side 2 "
        + "(which passes a MUST)")
public record PolicyAttributeCriterion(
        @NotNull
        @Schema(description = "An attribute of the programme that applies to BOTH sides", example = "postingPhase",
                required = true)
        String key,
        @NotNull
        @Schema(description = "SAME or DIFFERENT (CHOICE, BOOLEAN, NUMBER): equal, or unequal, values match. OVERLAP "
                + "(MULTI_CHOICE): no shared option 0, one 3, two or all of the smaller selection 4. MENTOR_AT_LEAST "
                + "(NUMBER): the mentor's number is at least the mentee's", example = "SAME", required = true)
        AttributeCompare compare,
        @NotNull
        @Schema(description = "MUST (a pair that fails is not allowed), HIGH, MEDIUM, LOW or OFF", example = "MUST",
                required = true)
        Level level) {

    /** Whether {@code compare} means something for an attribute of {@code type}. */
    static boolean suits(AttributeCompare compare, AttributeType type) {
        return switch (type) {
            case CHOICE, BOOLEAN -> Set.of(AttributeCompare.SAME, AttributeCompare.DIFFERENT).contains(compare);
            case NUMBER -> compare != AttributeCompare.OVERLAP;
            case MULTI_CHOICE -> compare == AttributeCompare.OVERLAP;
        };
    }

    static PolicyAttributeCriterion of(AttributeCriterion criterion) {
        return new PolicyAttributeCriterion(criterion.key(), criterion.compare(), criterion.level());
    }

    /** The criterion the engine grades, quoting {@code label} in reasons. */
    AttributeCriterion toCriterion(String label) {
        return new AttributeCriterion(key, label, compare, level);
    }
}
