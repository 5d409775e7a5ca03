package org.mentormatch.participant;

/** Example bodies of the /me operations. */
final class MeExamples {

    static final String ME = """
            {"kind": "MENTEE", "id": "4a3b2c1d-5e6f-4a7b-8c9d-0e1f2a3b4c5d",
             "programmeId": "3f1c2a4e-8d2b-4c1e-9a57-2b8e6f0d1c3a", "cohortId": "7b1d5c9e-2f4a-4e8b-8c3d-5a6f7e8d9c0b",
             "displayName": "Ana Lima", "email": "ana@example.org", "field": "2512", "skills": ["Python"],
             "interests": ["Running"], "languages": ["pt", "en"], "region": "DK-84",
             "wishes": {"preferredFields": ["25"], "preferredLanguages": ["en"], "meetingMode": "IN_PERSON"},
             "availabilityNote": "Weekday evenings, every other week", "version": 3,
             "matches": [{"id": "5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a", "status": "PUBLISHED",
                          "publishedAt": "2026-09-15T08:00:00Z",
                          "counterpart": {"displayName": "Mette Hansen", "field": "2511", "languages": ["da", "en"],
                                          "region": "DK-84", "email": "mette@example.org"}}]}""";
    static final String PATCH = """
            {"availabilityNote": "Weekday evenings, every other week", "wishes": {"note": null}}""";

    private MeExamples() {
    }
}
