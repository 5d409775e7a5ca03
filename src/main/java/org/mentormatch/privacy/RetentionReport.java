package org.mentormatch.privacy;

/** What one run of the retention job did. */
public record RetentionReport(int cohorts, int profilesAnonymised, int cohortsFailed) {
}
