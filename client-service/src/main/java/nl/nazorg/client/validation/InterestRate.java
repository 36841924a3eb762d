package nl.nazorg.client.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;

/** An annual interest rate as a percentage (3.450 = 3.45%), from -1 to 20, at most three decimals. */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@DecimalMin("-1")
@DecimalMax("20")
@Digits(integer = 2, fraction = 3)
public @interface InterestRate {

    String message() default "must be a percentage between -1 and 20 with at most three decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
