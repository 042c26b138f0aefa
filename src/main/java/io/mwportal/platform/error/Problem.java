package io.mwportal.platform.error;

import java.util.List;

/**
 * The body of every error response: RFC 9457 problem details plus a stable {@code code} that clients switch on
 * (titles and details are translated and may change), {@code errors[]} for invalid fields and, where a state
 * machine refused an action, the actions that are allowed now. Its OpenAPI schema is written by
 * {@link io.mwportal.platform.web.ContractConventions}.
 */
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        List<FieldError> errors,
        List<String> allowedActions,
        ProblemException.Window window,
        String incidentId) {

    public static final String MEDIA_TYPE = "application/problem+json";
}
