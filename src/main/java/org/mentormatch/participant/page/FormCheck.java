package org.mentormatch.participant.page;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Validator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The JSON endpoints' Bean Validation applied to a form's request: the fields at fault, by the names the form uses,
 * so the page can put each message next to its input.
 */
@ApplicationScoped
class FormCheck {

    private final Validator validator;

    FormCheck(Validator validator) {
        this.validator = validator;
    }

    /** {@code unreadable} and every field whose value breaks a constraint of the request. */
    Set<String> fieldsAtFault(Object request, Set<String> unreadable) {
        Set<String> fields = new TreeSet<>(unreadable);
        validator.validate(request).forEach(violation -> fields.add(formName(violation.getPropertyPath().iterator().next().getName())));
        return fields;
    }

    /** FeedbackAnswer's property is continuePair; the form (like the JSON) calls it continue. */
    static String formName(String property) {
        return "continuePair".equals(property) ? "continue" : property;
    }
}
