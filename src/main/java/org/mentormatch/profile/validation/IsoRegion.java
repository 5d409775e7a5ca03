package org.mentormatch.profile.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An ISO 3166-2 subdivision code such as {@code DK-84}: a real ISO 3166-1 country, a hyphen and one to three
 * letters or digits, in any case. The subdivision part is checked for its form only, not against the list of
 * subdivisions, which the JDK does not carry. {@code null} is valid.
 */
@Documented
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = IsoRegion.Validator.class)
public @interface IsoRegion {

    String message() default "must be an ISO 3166-2 subdivision code such as DK-84";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IsoRegion, String> {

        private static final Pattern FORM = Pattern.compile("^[A-Z]{2}-[A-Z0-9]{1,3}$");

        @Override
        public boolean isValid(String code, ConstraintValidatorContext context) {
            if (code == null) {
                return true;
            }
            String upper = code.toUpperCase(Locale.ROOT);
            return FORM.matcher(upper).matches() && IsoCountry.Validator.isCountry(upper.substring(0, 2));
        }
    }
}
