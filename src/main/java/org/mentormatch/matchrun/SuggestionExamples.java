package org.mentormatch.matchrun;

/** Example answers of the suggestion endpoints, for the contract. */
final class SuggestionExamples {

    static final String MENTORS = """
            {"items": [{"id": "5b0f7c1e-3c2a-4b8e-9a61-2f4d8e7c9a10", "displayName": "Mette Jensen", "quality": 81,
                        "freeCapacity": 1,
                        "reasons": [{"constraint": "Field closeness", "level": "SOFT", "effect": 225,
                                     "description": "Occupation codes 2512 and 2511 share 3 of 4 digits."},
                                    {"constraint": "Preferred field", "level": "SOFT", "effect": 300,
                                     "description": "The mentor's field 2511 matches the mentee's wish (25)."}]}]}""";

    static final String MENTEES = """
            {"items": [{"id": "9d3e2a41-7f6b-4c0d-8e15-6a2b9c4f1d77", "displayName": "Ana Lima", "quality": 81,
                        "reasons": [{"constraint": "Field closeness", "level": "SOFT", "effect": 225,
                                     "description": "Occupation codes 2512 and 2511 share 3 of 4 digits."}]}]}""";

    private SuggestionExamples() {
    }
}
