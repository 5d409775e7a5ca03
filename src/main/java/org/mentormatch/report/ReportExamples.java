package org.mentormatch.report;

/** The contract's examples of reports, one per media type. */
final class ReportExamples {

    static final String COHORT = """
            {"cohortId": "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b", "cohortName": "2025/26", "startsOn": "2025-09-01",
             "mentees": 70, "mentors": 60, "matched": 68, "active": 63, "ended": 7,
             "menteesWithdrawn": {"MOVED_AWAY": 2, "PARENTAL_LEAVE": 1, "FOUND_JOB": 2, "OTHER": 0},
             "mentorsWithdrawn": {"MOVED_AWAY": 1, "PARENTAL_LEAVE": 0, "FOUND_JOB": 0, "OTHER": 1},
             "medianDaysToMatch": 12.5, "checkInsPerActivePair": 4.2, "meanFeedbackFit": 3.9,
             "outcomesByType": {"JOB": 25, "EDUCATION": 4, "INTERNSHIP": 3, "BUSINESS_STARTED": 1, "VOLUNTEERING": 2,
                                "OTHER": 0},
             "jobRate": {"group": "ALL", "activeMentees": 65, "withJob": 25, "rate": 0.3846},
             "jobRateByQuality": [
               {"group": "QUALITY_BELOW_50", "activeMentees": 5, "withJob": 1, "rate": 0.2},
               {"group": "QUALITY_50_TO_69", "activeMentees": 20, "withJob": 7, "rate": 0.35},
               {"group": "QUALITY_70_AND_ABOVE", "activeMentees": 40, "withJob": 17, "rate": 0.425}],
             "jobRateByField": [
               {"group": "SAME_FIELD", "activeMentees": 30, "withJob": 14, "rate": 0.4667},
               {"group": "OTHER_FIELD", "activeMentees": 35, "withJob": 11, "rate": 0.3143}]}""";

    static final String PROGRAMME = "{\"programmeId\": \"2f6a8c0e-4b1d-4e3f-9a5c-7d9e1f3b5a7c\", \"cohorts\": ["
            + COHORT + "]}";

    static final String CSV = """
            figure,value
            mentees,70
            mentors,60
            matched,68
            active,63
            ended,7
            menteesWithdrawn.MOVED_AWAY,2
            medianDaysToMatch,12.5
            checkInsPerActivePair,4.2
            meanFeedbackFit,3.9
            outcomesByType.JOB,25
            jobRate.activeMentees,65
            jobRate.withJob,25
            jobRate.rate,0.3846
            jobRateByQuality.QUALITY_70_AND_ABOVE.rate,0.425
            jobRateByField.SAME_FIELD.rate,0.4667
            """;

    static final String SVG = """
            <?xml version="1.0"?>
            <svg xmlns="http://www.w3.org/2000/svg" width="800" height="720" viewBox="0 0 800 720">
              <text x="300" y="20">2025/26: from mentee to job</text>
              <rect x="60" y="60" width="90" height="280" fill="rgb(47,109,181)"/>
            </svg>""";

    static final String OUTCOMES = """
            {"years": [
              {"year": 2024, "cohorts": 1, "mentees": "12", "matched": "11", "activeMentees": "10",
               "activeMenteesWithJob": "<5", "jobRate": "<5",
               "outcomesByType": {"JOB": "<5", "EDUCATION": "<5", "INTERNSHIP": "<5", "BUSINESS_STARTED": "<5",
                                  "VOLUNTEERING": "<5", "OTHER": "<5"}},
              {"year": 2025, "cohorts": 3, "mentees": "130", "matched": "121", "activeMentees": "112",
               "activeMenteesWithJob": "41", "jobRate": "0.3661",
               "outcomesByType": {"JOB": "45", "EDUCATION": "9", "INTERNSHIP": "6", "BUSINESS_STARTED": "<5",
                                  "VOLUNTEERING": "<5", "OTHER": "<5"}}]}""";

    private ReportExamples() {
    }
}
