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
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Size;

/** An 18-character unified social credit code of an organisation (GB 32100-2015) with a valid check character. */
@Documented
@Size(max = 18) // the contract's maxLength; reported as this constraint
@ReportAsSingleViolation
@Constraint(validatedBy = UnifiedSocialCreditCode.Validator.class)
@Target({ FIELD, PARAMETER, RECORD_COMPONENT, TYPE_USE })
@Retention(RUNTIME)
public @interface UnifiedSocialCreditCode {

    String message() default "{io.mwportal.validation.UnifiedSocialCreditCode.message}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<UnifiedSocialCreditCode, String> {

        /** The 31 characters of the code (no I, O, Z, S, V), in value order. */
        private static final String CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY";
        private static final int[] WEIGHTS = { 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28 };

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || isValid(value);
        }

        public static boolean isValid(String value) {
            if (value.length() != 18) {
                return false;
            }
            int sum = 0;
            for (int i = 0; i < 17; i++) {
                int digit = CHARS.indexOf(value.charAt(i));
                if (digit < 0) {
                    return false;
                }
                sum += digit * WEIGHTS[i];
            }
            int check = (31 - sum % 31) % 31;
            return CHARS.charAt(check) == value.charAt(17);
        }
    }
}
