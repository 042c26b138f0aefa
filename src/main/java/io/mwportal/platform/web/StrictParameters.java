package io.mwportal.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.regex.Pattern;

import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

/**
 * Path and query parameters read as the contract writes them: booleans are {@code true} or {@code false} (Java
 * reads anything else as false, so {@code ?overdue=1} meant "not overdue"), and numbers are ASCII digits with an
 * optional minus sign ({@code Long.parseLong} also reads Arabic-Indic or full-width digits, so {@code /４} found
 * record 4). Anything else is a 400 {@code INVALID_PARAMETER} naming the parameter (ProblemMappers).
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        if (type == Boolean.class || type == boolean.class) {
            return (ParamConverter<T>) new Converter<>(value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException("not true or false");
            });
        }
        if (type == Long.class || type == long.class) {
            return (ParamConverter<T>) new Converter<>(value -> Long.parseLong(digits(value)));
        }
        if (type == Integer.class || type == int.class) {
            return (ParamConverter<T>) new Converter<>(value -> Integer.parseInt(digits(value)));
        }
        return null;
    }

    private static String digits(String value) {
        if (!INTEGER.matcher(value).matches()) {
            throw new IllegalArgumentException("not an integer in ASCII digits");
        }
        return value;
    }

    private record Converter<T>(java.util.function.Function<String, T> read) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            return value == null ? null : read.apply(value);
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
