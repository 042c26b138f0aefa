package io.mwportal.platform.web;

import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;

import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.StrictInput;
import io.mwportal.platform.error.ProblemException.Violation;

/**
 * Path, query and header parameters read as the contract writes them, and a refusal names the parameter (400
 * {@code INVALID_PARAMETER} with {@code errors[0].field}): booleans are {@code true} or {@code false} (Java reads
 * anything else as false, so {@code ?overdue=1} meant "not overdue"); integers are ASCII digits with an optional
 * minus ({@code Long.parseLong} also reads Arabic-Indic or full-width digits, so {@code /４} found record 4);
 * decimals are plain ({@code 1e3} refused); dates are {@code yyyy-MM-dd}; enums are their exact names.
 */
@Provider
public class StrictParameters implements ParamConverterProvider {

    private static final Pattern INTEGER = Pattern.compile("-?[0-9]{1,19}");

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> ParamConverter<T> getConverter(Class<T> type, Type genericType, Annotation[] annotations) {
        String name = name(annotations);
        if (type == Boolean.class || type == boolean.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> switch (value) {
                case "true" -> Boolean.TRUE;
                case "false" -> Boolean.FALSE;
                default -> throw new IllegalArgumentException();
            });
        }
        if (type == Long.class || type == long.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> Long.parseLong(matching(INTEGER, value)));
        }
        if (type == Integer.class || type == int.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> Integer.parseInt(matching(INTEGER, value)));
        }
        if (type == BigDecimal.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> new BigDecimal(matching(StrictInput.DECIMAL, value)));
        }
        if (type == LocalDate.class) {
            return (ParamConverter<T>) new Converter<>(name, value -> LocalDate.parse(matching(StrictInput.DATE, value)));
        }
        if (type.isEnum()) {
            return (ParamConverter<T>) new Converter<>(name, value -> Enum.valueOf((Class) type, value));
        }
        return null;
    }

    private static String name(Annotation[] annotations) {
        for (Annotation annotation : annotations == null ? new Annotation[0] : annotations) {
            if (annotation instanceof QueryParam query) {
                return query.value();
            }
            if (annotation instanceof PathParam path) {
                return path.value();
            }
            if (annotation instanceof HeaderParam header) {
                return header.value();
            }
        }
        return "parameter";
    }

    private static String matching(Pattern pattern, String value) {
        if (!pattern.matcher(value).matches()) {
            throw new IllegalArgumentException();
        }
        return value;
    }

    private record Converter<T>(String name, Function<String, T> read) implements ParamConverter<T> {

        @Override
        public T fromString(String value) {
            if (value == null) {
                return null;
            }
            try {
                return read.apply(value);
            } catch (RuntimeException e) { // number too large, no such date or constant, not the form
                throw ProblemException.withErrors(400, "INVALID_PARAMETER", List.of(new Violation(name, "INVALID_TYPE")));
            }
        }

        @Override
        public String toString(T value) {
            return String.valueOf(value);
        }
    }
}
