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
import jakarta.validation.constraints.Pattern;

/**
 * Text without line breaks or other control characters. Names and codes may end up in e-mail headers
 * (a subject, a display name), where a CR/LF would let someone inject headers (DESIGN.md §8).
 */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "[^\\p{Cntrl}]*")
public @interface SingleLine {

    String message() default "must be a single line without control characters (no CR/LF)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
