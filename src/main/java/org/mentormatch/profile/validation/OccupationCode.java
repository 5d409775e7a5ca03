package org.mentormatch.profile.validation;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An ISCO-08 style occupation code or one of its prefixes: 1 digit for a major group ({@code 2}) up to 4 for a
 * unit group ({@code 2511}). {@code null} is valid.
 */
@Documented
@Pattern(regexp = OccupationCode.PATTERN)
@ReportAsSingleViolation
@Target({FIELD, METHOD, PARAMETER, TYPE_USE, ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface OccupationCode {

    String PATTERN = "^[0-9]{1,4}$";

    String message() default "must be an ISCO-08 occupation code of 1 to 4 digits";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
