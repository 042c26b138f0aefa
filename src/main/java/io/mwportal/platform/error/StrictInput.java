package io.mwportal.platform.error;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * JSON is read as the contract writes it, never guessed at: a client that sends the wrong type learns it from a 400
 * naming the field ({@code INVALID_TYPE}), instead of finding its data changed.
 * <ul>
 * <li>strings are JSON strings (not numbers or booleans) and hold no NUL character (U+0000: PostgreSQL cannot store
 * it in text; {@code NUL_CHARACTER}), nor does the path or query ({@code INVALID_PARAMETER});</li>
 * <li>integers are JSON integers: {@code 5.7} is not read as 5, {@code "5"} not as 5;</li>
 * <li>booleans are {@code true}/{@code false}, not 1/0 or strings; enums are their names, not index numbers;</li>
 * <li>dates are {@code yyyy-MM-dd}, not date-times; amounts are plain decimal strings ({@code "1800.00"}), not
 * JSON numbers (a binary float on the way) or {@code "1e3"};</li>
 * <li>nothing may follow the JSON document ({@code MALFORMED_JSON}).</li>
 * </ul>
 */
@Singleton
public class StrictInput implements ObjectMapperCustomizer {

    /** A date as the contract writes it ({@code yyyy-MM-dd}, ASCII digits); also for parameters. */
    public static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
    /** A plain decimal (no exponent, no sign but minus, ASCII digits); also for parameters. */
    public static final Pattern DECIMAL = Pattern.compile("-?[0-9]{1,30}(\\.[0-9]{1,10})?");

    /** Last, so that its date reader replaces the lenient one of Quarkus' Java time module. */
    @Override
    public int priority() {
        return MINIMUM_PRIORITY;
    }

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS, DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS);
        mapper.disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT);
        // Not LogicalType.Float: amounts are BigDecimal written as JSON strings ("5000.00").
        for (LogicalType type : new LogicalType[] { LogicalType.Integer, LogicalType.Boolean }) {
            for (CoercionInputShape shape : CoercionInputShape.values()) {
                if (shape == CoercionInputShape.String || shape == CoercionInputShape.EmptyString
                        || (type == LogicalType.Boolean && shape == CoercionInputShape.Integer)) {
                    mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
                }
            }
        }
        mapper.registerModule(new SimpleModule("strict-input")
                .addDeserializer(String.class, new Strings())
                .addDeserializer(LocalDate.class, new Dates())
                .addDeserializer(BigDecimal.class, new Decimals()));
    }

    /** {@code %00} anywhere in the raw path or query (case-insensitive). */
    @ServerRequestFilter(preMatching = true)
    public void refuseNulInUri(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawPath() + "?"
                + request.getUriInfo().getRequestUri().getRawQuery();
        if (raw.contains("%00")) {
            throw new ProblemException(400, "INVALID_PARAMETER");
        }
    }

    static boolean isRefused(Object value) {
        return value instanceof String text && text.indexOf('\0') >= 0;
    }

    /** Reads a value only from a JSON string: a number, boolean, array or object is a 400 naming the field. */
    private abstract static class FromString<T> extends StdScalarDeserializer<T> {

        FromString(Class<T> type) {
            super(type);
        }

        @Override
        @SuppressWarnings("unchecked")
        public T deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            if (!parser.hasToken(JsonToken.VALUE_STRING)) {
                return (T) context.handleUnexpectedToken(handledType(), parser);
            }
            return read(parser, parser.getText());
        }

        abstract T read(JsonParser parser, String text) throws IOException;
    }

    private static final class Strings extends FromString<String> {

        Strings() {
            super(String.class);
        }

        @Override
        String read(JsonParser parser, String value) throws IOException {
            if (isRefused(value)) {
                throw InvalidFormatException.from(parser, "NUL character (U+0000) in a string", value, String.class);
            }
            return value;
        }
    }

    private static final class Dates extends FromString<LocalDate> {

        Dates() {
            super(LocalDate.class);
        }

        @Override
        LocalDate read(JsonParser parser, String value) throws IOException {
            try {
                if (DATE.matcher(value).matches()) {
                    return LocalDate.parse(value);
                }
            } catch (DateTimeParseException e) {
                // reported below, as every other malformed date
            }
            throw InvalidFormatException.from(parser, "not a date (yyyy-MM-dd)", value, LocalDate.class);
        }
    }

    private static final class Decimals extends FromString<BigDecimal> {

        Decimals() {
            super(BigDecimal.class);
        }

        @Override
        BigDecimal read(JsonParser parser, String value) throws IOException {
            if (!DECIMAL.matcher(value).matches()) {
                throw InvalidFormatException.from(parser, "not a plain decimal", value, BigDecimal.class);
            }
            return new BigDecimal(value);
        }
    }
}
