package org.mentormatch.report;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** How many active mentees of a group have a JOB outcome. */
@Schema(name = "JobRate", description = "Active mentees of a group and how many of them have a JOB outcome. An "
        + "active mentee had a published match (PUBLISHED now, or ENDED after publish) and had not withdrawn before "
        + "the day of a JOB outcome: someone who left because they found a job counts, someone who moved away "
        + "without one does not. A mentee's group is that of their latest published match")
public record JobRate(
        @Schema(description = "ALL; QUALITY_BELOW_50, QUALITY_50_TO_69, QUALITY_70_AND_ABOVE (the match's quality, "
                + "0-100; a match without a quality is in no band); SAME_FIELD or OTHER_FIELD (whether the mentor's "
                + "ISCO-08 field equals the mentee's)", example = "ALL")
        String group,
        @Schema(example = "65") long activeMentees,
        @Schema(description = "Active mentees with at least one JOB outcome", example = "25") long withJob,
        @Schema(description = "withJob ÷ activeMentees, 0 to 1; null when the group has no active mentee",
                example = "0.3846") Double rate) {

    static JobRate of(String group, long activeMentees, long withJob) {
        return new JobRate(group, activeMentees, withJob, Ratio.of(withJob, activeMentees));
    }
}
