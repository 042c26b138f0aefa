package io.mwportal.platform.validation;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.RECORD_COMPONENT;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/** An 18-character resident identity card number (GB 11643): valid birth date and ISO 7064 MOD 11-2 check digit. */
@Documented
@Size(max = 18) // the contract's maxLength; reported as this constraint
@ReportAsSingleViolation
@Constraint(validatedBy = IdNumber.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface IdNumber {

    String message() default "{io.mwportal.validation.IdNumber.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<IdNumber, String> {

        private static final DateTimeFormatter BIRTH = DateTimeFormatter.ofPattern("uuuuMMdd")
                .withResolverStyle(ResolverStyle.STRICT);

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String value) {
            if (!value.matches("\\d{17}[0-9X]")) {
                return false;
            }
            try {
                LocalDate birth = birthDate(value);
                if (birth.getYear() < 1900 || birth.isAfter(LocalDate.now())) {
                    return false;
                }
            } catch (DateTimeParseException e) {
                return false;
            }
            return Iso7064.hasValidCheck(value);
        }

        /** The birth date a valid ID number carries (positions 7-14). */
        public static LocalDate birthDate(String valid) {
            return LocalDate.parse(valid.substring(6, 14), BIRTH);
        }

        /** The sex a valid ID number carries: the 17th digit is odd for men, even for women. */
        public static boolean isMale(String valid) {
            return valid.charAt(16) % 2 == 1; // ASCII digits are odd exactly when their value is
        }
    }
}
