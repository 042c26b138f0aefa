package io.mwportal.platform.error;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.hibernate.StaleStateException;
import org.hibernate.exception.DataException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import io.mwportal.platform.i18n.Messages;
import io.quarkus.security.AuthenticationCompletionException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * Turns every exception that reaches the REST layer into application/problem+json, in the caller's language.
 * Nothing internal (stack traces, SQL, class names) leaves the server: a 500 carries only an incident id that is
 * also in the log.
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);
    private static final String FORM_READER_PACKAGE = "org.jboss.resteasy.reactive.server.core.multipart.";
    private static final String FORM_BODY_HANDLER = "org.jboss.resteasy.reactive.server.handlers.FormBodyHandler";

    @Inject
    ProblemResponses problems;

    @Inject
    AllowedMethods allowedMethods;

    @ServerExceptionMapper
    public Response problem(ProblemException e, HttpHeaders headers, UriInfo uri) {
        return problems.build(locale(headers), instance(uri), e);
    }

    @ServerExceptionMapper
    public Response validation(ConstraintViolationException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        List<FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                return unexpected(e, headers, uri);
            }
            String constraint = violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName();
            errors.add(new FieldError(field(violation.getPropertyPath()), upperSnake(constraint),
                    violation.getMessage()));
        }
        errors.sort(Comparator.comparing(FieldError::field).thenComparing(FieldError::code));
        return problems.build(locale, instance(uri), new ProblemException(400, "VALIDATION_FAILED"), errors, null);
    }

    /** Declared for the exact type, so that it wins over Quarkus' own mapper of it (which is not problem+json). */
    @ServerExceptionMapper
    public Response jsonMismatch(MismatchedInputException e, HttpHeaders headers, UriInfo uri) {
        return json(e, headers, uri);
    }

    @ServerExceptionMapper
    public Response json(JsonProcessingException e, HttpHeaders headers, UriInfo uri) {
        Locale locale = locale(headers);
        if (e instanceof MismatchedInputException mismatch && !mismatch.getPath().isEmpty()) {
            String code = e instanceof InvalidFormatException format && StrictInput.isRefused(format.getValue())
                    ? "NUL_CHARACTER" : "INVALID_TYPE";
            ProblemException.Violation error = new ProblemException.Violation(jsonPath(mismatch.getPath()), code);
            return problems.build(locale, instance(uri),
                    ProblemException.withErrors(400, "INVALID_JSON_VALUE", List.of(error)));
        }
        return problems.build(locale, instance(uri), new ProblemException(400, "MALFORMED_JSON"));
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, HttpHeaders headers, UriInfo uri) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return json(json, headers, uri);
        }
        if (e.getCause() instanceof ProblemException problem) { // a parameter refused by StrictParameters
            return problems.build(locale(headers), instance(uri), problem);
        }
        int status = e.getResponse().getStatus();
        if (status >= 500) {
            return unexpected(e, headers, uri);
        }
        String code = switch (status) {
            case 400 -> "BAD_REQUEST";
            case 401 -> "UNAUTHENTICATED";
            case 403 -> "FORBIDDEN";
            // A path or query parameter that cannot be converted is a bad request, not a missing resource.
            case 404 -> e.getCause() != null ? "INVALID_PARAMETER" : "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 406 -> "NOT_ACCEPTABLE";
            case 413 -> "PAYLOAD_TOO_LARGE";
            case 415 -> "UNSUPPORTED_MEDIA_TYPE";
            default -> "HTTP_" + status;
        };
        int effectiveStatus = "INVALID_PARAMETER".equals(code) ? 400 : status;
        Response response = problems.build(locale(headers), instance(uri), new ProblemException(effectiveStatus, code));
        if (status == 405) {
            String allow = e.getResponse().getHeaderString(HttpHeaders.ALLOW);
            allow = allow != null ? allow : allowedMethods.of(uri.getPath());
            if (!allow.isEmpty()) {
                return Response.fromResponse(response).header(HttpHeaders.ALLOW, allow).build();
            }
        }
        return response;
    }

    /** No token, or one that failed verification (signature, expiry, audience, issuer, algorithm). */
    @ServerExceptionMapper({ AuthenticationFailedException.class, AuthenticationCompletionException.class,
            UnauthorizedException.class })
    public Response unauthenticated(HttpHeaders headers, UriInfo uri) {
        return problems.build(locale(headers), instance(uri), ProblemException.withHeaders(401, "UNAUTHENTICATED",
                Map.of(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"portal\"")));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, HttpHeaders headers, UriInfo uri) {
        return problems.build(locale(headers), instance(uri), new ProblemException(403, "FORBIDDEN"));
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, HttpHeaders headers, UriInfo uri) {
        if (DatabaseOutage.isOutage(e)) {
            DatabaseOutage.report(e);
            String retryAfter = Integer.toString(DatabaseOutage.RETRY_AFTER_SECONDS);
            return problems.build(locale(headers), instance(uri), ProblemException.withHeaders(503,
                    "SERVICE_UNAVAILABLE", Map.of("Retry-After", retryAfter), retryAfter));
        }
        if (isUnreadableForm(e)) {
            return problems.build(locale(headers), instance(uri), new ProblemException(400, "MALFORMED_MULTIPART"));
        }
        if (isHangUp(e)) {
            // The client closed the connection while its body was being read (a phone losing its signal): nobody
            // hears the answer, and it is no fault of the server's, so no incident and no 500 in logs and metrics.
            LOG.debugf("Client closed the connection mid-request: %s", e);
            return problems.build(locale(headers), instance(uri), new ProblemException(400, "MALFORMED_JSON"));
        }
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return problems.build(locale(headers), instance(uri),
                        new ProblemException(409, "CONCURRENT_MODIFICATION"));
            }
            if (cause instanceof ProblemException problem) {
                return problem(problem, headers, uri);
            }
            // The database refused a write that validation let through (e.g. two creations of the same key at once).
            if (cause instanceof org.hibernate.exception.ConstraintViolationException violation) {
                boolean duplicate = violation.getKind()
                        == org.hibernate.exception.ConstraintViolationException.ConstraintKind.UNIQUE;
                return problems.build(locale(headers), instance(uri),
                        new ProblemException(duplicate ? 409 : 422, duplicate ? "CONFLICT" : "INVALID_DATA"));
            }
            if (cause instanceof DataException) {
                return problems.build(locale(headers), instance(uri), new ProblemException(422, "INVALID_DATA"));
            }
        }
        String incidentId = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error, incident %s", incidentId);
        return problems.build(locale(headers), instance(uri), new ProblemException(500, "INTERNAL_ERROR", incidentId),
                incidentId);
    }

    /**
     * A multipart (or form) body that could not be parsed: truncated, without a valid boundary, with broken part
     * headers or an unknown charset. The form reader reports these as whatever it ran into (IOException,
     * StringIndexOutOfBoundsException, IllegalArgumentException from URL decoding…), so they are recognised by
     * where they were thrown: while the body was being read, before any of the portal's code ran.
     */
    static boolean isUnreadableForm(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            for (StackTraceElement frame : cause.getStackTrace()) {
                String type = frame.getClassName();
                if (type.startsWith(FORM_READER_PACKAGE) || type.equals(FORM_BODY_HANDLER)) {
                    return true;
                }
                if (type.startsWith("io.mwportal.")) {
                    break;
                }
            }
        }
        return false;
    }

    /** The connection was closed under the request (what Vert.x reports to a body read). */
    static boolean isHangUp(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof io.vertx.core.http.HttpClosedException
                    || cause instanceof java.nio.channels.ClosedChannelException) {
                return true;
            }
        }
        return false;
    }

    static Locale locale(HttpHeaders headers) {
        try {
            return Messages.negotiate(headers.getAcceptableLanguages());
        } catch (RuntimeException malformedHeader) {
            return Messages.CHINESE;
        }
    }

    static String instance(UriInfo uri) {
        return uri.getRequestUri().getRawPath();
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code create.request.employer.name} → {@code employer.name}; a query parameter keeps its own name. */
    static String field(Path path) {
        List<String> names = new ArrayList<>();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER -> { }
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // An index or key belongs to the container that holds this node: representatives[0].name
                    Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                    if (node.isInIterable() && position != null && !names.isEmpty()) {
                        names.set(names.size() - 1, names.get(names.size() - 1) + "[" + position + "]");
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        names.add(name);
                    }
                }
            }
        }
        return names.isEmpty() ? (parameter != null ? parameter : "") : String.join(".", names);
    }

    private static String jsonPath(List<JsonMappingException.Reference> path) {
        StringBuilder field = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    static String upperSnake(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT);
    }
}
