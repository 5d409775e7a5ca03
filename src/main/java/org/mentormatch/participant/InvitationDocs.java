package org.mentormatch.participant;

/** What the contract says of both invitation operations, mentees' and mentors'. */
final class InvitationDocs {

    static final String WHAT = "check-ins and feedback, and their own personal data), valid for validForDays days (30 "
            + "if the body is left out). The link opens the participant's page: the public URL "
            + "(mentor-match.public-url, else this request's base) followed by /participant/ and the token. Inviting "
            + "again replaces the earlier token, which is then refused (401). Recorded in the audit trail as "
            + "PARTICIPANT_INVITED; the token itself is kept nowhere. ";
    static final String REQUEST = """
            {"validForDays": 90}""";
    static final String RESPONSE = """
            {"link": "https://mentoring.example.org/participant/eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW50ZWU6In0.c2ln",
             "token": "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJtZW50ZWU6In0.c2ln", "expiresAt": "2026-12-31T09:00:00Z"}""";

    private InvitationDocs() {
    }
}
