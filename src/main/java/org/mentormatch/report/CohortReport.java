package org.mentormatch.report;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mentormatch.match.AttentionKind;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.mentormatch.outcome.OutcomeType;
import org.mentormatch.profile.WithdrawalReason;

/** A cohort's year in figures. Every map lists every key of its kind, with 0 where nothing was counted. */
@Schema(name = "CohortReport", description = "A cohort's year in figures, computed when asked")
public record CohortReport(
        @Schema(example = "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b") UUID cohortId,
        @Schema(example = "2025/26") String cohortName,
        @Schema(example = "2025-09-01") LocalDate startsOn,
        @Schema(description = "Mentee profiles, withdrawn ones included", example = "70") long mentees,
        @Schema(description = "Mentor profiles, withdrawn ones included", example = "60") long mentors,
        @Schema(description = "Mentees who had a published match (PUBLISHED now, or ENDED after publish)", example = "68")
        long matched,
        @Schema(description = "Matches PUBLISHED now", example = "63") long active,
        @Schema(description = "Matches ENDED after they were published", example = "7") long ended,
        @Schema(description = "Withdrawn mentees by reason") Map<WithdrawalReason, Long> menteesWithdrawn,
        @Schema(description = "Withdrawn mentors by reason") Map<WithdrawalReason, Long> mentorsWithdrawn,
        @Schema(description = "Median over matched mentees of the days from the cohort's start (startsOn) to "
                + "their first match's publication (publishedAt, the day the pair was told; counted in UTC). "
                + "Negative when matches were published before the start; null when no mentee was matched",
                example = "12.5")
        Double medianDaysToMatch,
        @Schema(description = "Check-ins of the PUBLISHED matches ÷ those matches; null when there is none",
                example = "4.2")
        Double checkInsPerActivePair,
        @Schema(description = "Mean fit (1-5) over every feedback answer of the cohort, both sides; null when "
                + "none was given", example = "3.9")
        Double meanFeedbackFit,
        @Schema(description = "PUBLISHED matches that need attention today, by kind; a match with two kinds counts "
                + "in each (as GET …/matches?attention=true lists them)")
        Map<AttentionKind, Long> needingAttention,
        @Schema(description = "Outcomes recorded, by type") Map<OutcomeType, Long> outcomesByType,
        @Schema(description = "Job rate per active mentee") JobRate jobRate,
        @Schema(description = "Job rate by the quality band of the mentee's latest published match")
        List<JobRate> jobRateByQuality,
        @Schema(description = "Job rate by whether that match's mentor shares the mentee's field")
        List<JobRate> jobRateByField) {

    /** This report with the attention counts, which the year's rules compute rather than SQL. */
    CohortReport withAttention(Map<AttentionKind, Long> counts) {
        return new CohortReport(cohortId, cohortName, startsOn, mentees, mentors, matched, active, ended,
                menteesWithdrawn, mentorsWithdrawn, medianDaysToMatch, checkInsPerActivePair, meanFeedbackFit, counts,
                outcomesByType, jobRate, jobRateByQuality, jobRateByField);
    }
}
