package org.mentormatch.report;

import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.outcome.OutcomeType;

/**
 * One year's figures across programmes. Each figure about people is a string: a whole number, a decimal rate, or
 * {@code "<5"}. One type keeps generated clients simple (a oneOf integer/string becomes a wrapper class in most
 * generators) and says plainly that the value is for reading, not for arithmetic.
 */
@Schema(name = "YearFigures", description = "The cohorts that started in one year, across every programme. Any "
        + "figure about fewer than 5 people is \"<5\", never exact; figures are strings for that reason")
public record YearFigures(
        @Schema(description = "The year the cohorts started (cohort startsOn)", example = "2025") int year,
        @Schema(description = "Cohorts that started in the year; counts cohorts, not people", example = "3") int cohorts,
        @Schema(description = "Mentee profiles", example = "130") String mentees,
        @Schema(description = "Mentees who had a published match", example = "121") String matched,
        @Schema(description = "Active mentees, as in JobRate", example = "112") String activeMentees,
        @Schema(description = "Active mentees with a JOB outcome", example = "41") String activeMenteesWithJob,
        @Schema(description = "activeMenteesWithJob ÷ activeMentees, 4 decimals; \"<5\" when either is below 5",
                example = "0.3661") String jobRate,
        @Schema(description = "Outcomes recorded, by type", example = "{\"JOB\": \"45\", \"EDUCATION\": \"<5\"}")
        Map<OutcomeType, String> outcomesByType) {
}
