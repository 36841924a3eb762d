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

/** A short source code such as {@code intake-form} or {@code adviser}: never free text (contract pattern). */
@Documented
@Retention(RUNTIME)
@Target({FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE})
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Pattern(regexp = "[a-z0-9][a-z0-9:._-]{0,63}")
public @interface SourceCode {

    String message() default "must be a short lower-case code such as intake-form (letters, digits, : . _ -)";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
