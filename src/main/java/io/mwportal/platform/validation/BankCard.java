package io.mwportal.platform.validation;

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
import jakarta.validation.constraints.Size;

/** A bank card number: 12 to 19 digits (Chinese cards do not all carry a Luhn check digit). */
@Documented
@Pattern(regexp = "\\d{12,19}")
@Size(max = 19) // the contract's maxLength
@Constraint(validatedBy = {})
@ReportAsSingleViolation
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface BankCard {

    String message() default "{io.mwportal.validation.BankCard.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
