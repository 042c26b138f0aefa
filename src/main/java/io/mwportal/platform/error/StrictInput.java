package io.mwportal.platform.error;

import java.io.IOException;

import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Refuses a NUL character (U+0000) in any JSON string and in the path or query: PostgreSQL cannot store it in text,
 * and letting it through turned a typing slip into a database error and a warning in the log. The caller gets a
 * 400 naming the field ({@code NUL_CHARACTER}) or {@code INVALID_PARAMETER}; every other character, including line
 * breaks, is accepted.
 */
@Singleton
public class NulFreeInput implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(new SimpleModule("nul-free-strings").addDeserializer(String.class, new Deserializer()));
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

    private static final class Deserializer extends StdScalarDeserializer<String> {

        Deserializer() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = StringDeserializer.instance.deserialize(parser, context);
            if (isRefused(value)) {
                throw InvalidFormatException.from(parser, "NUL character (U+0000) in a string", value, String.class);
            }
            return value;
        }
    }
}
