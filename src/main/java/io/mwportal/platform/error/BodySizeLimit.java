package io.mwportal.platform.error;

import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.platform.i18n.Messages;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request whose announced body is larger than {@code quarkus.http.limits.max-body-size} with a 413
 * problem+json before any of it is read (the HTTP layer's own 413 has an empty body). A chunked body without
 * Content-Length that grows past the limit still gets the HTTP layer's plain 413.
 */
@ApplicationScoped
public class BodySizeLimit {

    @Inject
    ProblemResponses problems;

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::check);
    }

    private void check(RoutingContext context) {
        String length = context.request().getHeader("Content-Length");
        long limit = maxBodySize.asLongValue();
        if (length == null || !isLarger(length, limit)) {
            context.next();
            return;
        }
        Locale locale = locale(context.request().getHeader("Accept-Language"));
        ProblemException tooLarge = new ProblemException(413, "PAYLOAD_TOO_LARGE", limit / (1024 * 1024) + " MB");
        try {
            String body = json.writeValueAsString(problems.problem(locale, context.request().path(), tooLarge,
                    List.of(), null));
            context.response().setStatusCode(413).putHeader("Content-Type", Problem.MEDIA_TYPE)
                    .putHeader("Connection", "close").end(body);
        } catch (JsonProcessingException e) {
            context.fail(413, e);
        }
    }

    private static boolean isLarger(String contentLength, long limit) {
        try {
            return Long.parseLong(contentLength.trim()) > limit;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static Locale locale(String acceptLanguage) {
        if (acceptLanguage == null || acceptLanguage.isBlank()) {
            return Messages.CHINESE;
        }
        try {
            List<Locale> locales = Locale.LanguageRange.parse(acceptLanguage).stream()
                    .map(range -> Locale.forLanguageTag(range.getRange())).toList();
            return Messages.negotiate(locales);
        } catch (IllegalArgumentException e) {
            return Messages.CHINESE;
        }
    }
}
