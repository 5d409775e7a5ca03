package org.mentormatch.outcome;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Set;

/**
 * An ISCO-08 occupation code of 1 to 4 digits whose groups exist: every digit 0-9 is a major group, but only
 * 43 two-digit sub-major groups do (there is no 15 or 27), so a code under a group that does not exist is refused.
 * The finer minor and unit groups are not listed here; the 2-digit group is what the reports and anonymisation
 * keep. {@code null} is valid.
 */
@Documented
@Target({FIELD, PARAMETER, RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IscoOccupation.Validator.class)
public @interface IscoOccupation {

    String PATTERN = "^[0-9]{1,4}$";

    String message() default "must be an ISCO-08 occupation code of 1 to 4 digits under an existing sub-major group";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    final class Validator implements ConstraintValidator<IscoOccupation, String> {

        /** The sub-major groups of ISCO-08 (ILO, 2012), 01 (commissioned armed forces officers) to 96. */
        private static final Set<String> SUB_MAJOR_GROUPS = Set.of(
                "01", "02", "03",
                "11", "12", "13", "14",
                "21", "22", "23", "24", "25", "26",
                "31", "32", "33", "34", "35",
                "41", "42", "43", "44",
                "51", "52", "53", "54",
                "61", "62", "63",
                "71", "72", "73", "74", "75",
                "81", "82", "83",
                "91", "92", "93", "94", "95", "96");

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            return code == null
                    || code.matches(PATTERN) && (code.length() == 1 || SUB_MAJOR_GROUPS.contains(code.substring(0, 2)));
        }
    }
}
