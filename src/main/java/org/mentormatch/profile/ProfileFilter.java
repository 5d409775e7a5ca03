package org.mentormatch.profile;

import io.quarkus.panache.common.Parameters;
import java.util.UUID;
import org.mentormatch.api.SearchText;

/**
 * The list filters shared by mentors and mentees, as a Panache query. Each is optional; together they all apply.
 *
 * @param field    an occupation code prefix, already validated as 1-4 digits ({@code 25} matches {@code 2511})
 * @param language an ISO 639-1 code the profile must speak
 * @param q        text that the display name or email contains, in any case
 */
record ProfileFilter(String field, String language, String q) {

    static ProfileFilter of(String field, String language, String q) {
        return new ProfileFilter(Normalise.text(field), Normalise.lower(Normalise.text(language)), Normalise.text(q));
    }

    String query() {
        StringBuilder query = new StringBuilder("cohortId = :cohortId");
        if (field != null) {
            query.append(" and field like :field");
        }
        if (language != null) {
            query.append(" and array_contains(languages, :language)");
        }
        if (q != null) {
            query.append(" and (lower(displayName) like :q escape '\\' or email like :q escape '\\')");
        }
        return query.toString();
    }

    Parameters parameters(UUID cohortId) {
        Parameters parameters = Parameters.with("cohortId", cohortId);
        if (field != null) {
            parameters.and("field", field + "%"); // digits only: nothing to escape
        }
        if (language != null) {
            parameters.and("language", language);
        }
        if (q != null) {
            parameters.and("q", SearchText.containing(q)); // emails are stored in lower case
        }
        return parameters;
    }
}
