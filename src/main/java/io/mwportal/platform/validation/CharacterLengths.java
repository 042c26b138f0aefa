package io.mwportal.platform.validation;

import jakarta.inject.Singleton;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.BaseHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;

import io.quarkus.hibernate.validator.ValidatorFactoryCustomizer;

/**
 * {@code @Size} on a string counts characters (Unicode code points), as the contract's {@code maxLength} does (JSON
 * Schema counts characters), not UTF-16 units: a title of 100 emoji or rare CJK characters outside the basic plane
 * (such as the 𠮷 of some family names) has 100 characters, not 200. Collections keep Hibernate Validator's own
 * counting: this validator is the more specific one for {@code String} only.
 */
@Singleton
public class CharacterLengths implements ValidatorFactoryCustomizer {

    @Override
    public void customize(BaseHibernateValidatorConfiguration<?> configuration) {
        ConstraintMapping mapping = configuration.createConstraintMapping();
        mapping.constraintDefinition(Size.class).includeExistingValidators(true).validatedBy(CodePoints.class);
        configuration.addMapping(mapping);
    }

    public static class CodePoints implements ConstraintValidator<Size, String> {

        private int min;
        private int max;

        @Override
        public void initialize(Size size) {
            min = size.min();
            max = size.max();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            int length = value.codePointCount(0, value.length());
            return length >= min && length <= max;
        }
    }
}
