package io.mwportal.platform.error;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;

import io.mwportal.platform.i18n.Messages;

/** Builds problem+json responses with translated title and detail. */
@ApplicationScoped
public class ProblemResponses {

    @Inject
    Messages messages;

    public Response build(Locale locale, String instance, ProblemException e) {
        return build(locale, instance, e, null);
    }

    public Response build(Locale locale, String instance, ProblemException e, String incidentId) {
        List<FieldError> errors = e.errors().stream()
                .map(v -> fieldError(locale, v.field(), v.code(), v.args())).toList();
        return build(locale, instance, e, errors, incidentId);
    }

    /** With field errors whose messages are already translated (Bean Validation interpolates its own). */
    public Response build(Locale locale, String instance, ProblemException e, List<FieldError> errors,
            String incidentId) {
        Response.ResponseBuilder response = Response.status(e.status()).type(Problem.MEDIA_TYPE)
                .entity(problem(locale, instance, e, errors, incidentId));
        for (Map.Entry<String, String> header : e.headers().entrySet()) {
            response.header(header.getKey(), header.getValue());
        }
        return response.build();
    }

    /** The problem body alone, for answers given outside the REST layer. */
    public Problem problem(Locale locale, String instance, ProblemException e, List<FieldError> errors,
            String incidentId) {
        String title = messages.find(locale, "problem." + e.code() + ".title");
        if (title == null) {
            title = messages.find(locale, "status." + e.status());
        }
        String detail = messages.find(locale, "problem." + e.code() + ".detail", e.args());
        return new Problem(type(e.code()), title, e.status(), detail != null ? detail : title, instance,
                e.code(), errors.isEmpty() ? null : errors,
                e.allowedActions(), e.window(), incidentId);
    }

    private FieldError fieldError(Locale locale, String field, String code, Object... args) {
        String message = messages.find(locale, "validation." + code, args);
        return new FieldError(field, code, message != null ? message : code);
    }

    static String type(String code) {
        return "/problems/" + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
