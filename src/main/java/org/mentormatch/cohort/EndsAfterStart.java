package org.mentormatch.cohort;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A cohort ends after it starts; the violation is reported on {@code endsOn}, the field to correct. */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = EndsAfterStart.Validator.class)
public @interface EndsAfterStart {

    String message() default "must be after startsOn";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<EndsAfterStart, CohortRequest> {

        @Override
        public boolean isValid(CohortRequest cohort, ConstraintValidatorContext context) {
            if (cohort == null || cohort.startsOn() == null || cohort.endsOn() == null
                    || cohort.endsOn().isAfter(cohort.startsOn())) {
                return true;
            }
            context.disableDefaultConstraintViolation();
            context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
                    .addPropertyNode("endsOn")
                    .addConstraintViolation();
            return false;
        }
    }
}
