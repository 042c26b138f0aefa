package io.mwportal.platform.error;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The one way services report a client-visible failure. {@code code} is the stable problem code (UPPER_SNAKE);
 * its title and detail come from the {@code problems} message bundle, formatted with {@code args}.
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final Object[] args;
    private final List<Violation> errors;
    private final List<String> allowedActions;
    private final Map<String, String> headers;
    private final Window window;

    public ProblemException(int status, String code, Object... args) {
        this(status, code, List.of(), null, Map.of(), args);
    }

    private ProblemException(int status, String code, List<Violation> errors, List<String> allowedActions,
            Map<String, String> headers, Object... args) {
        this(status, code, errors, allowedActions, headers, null, args);
    }

    private ProblemException(int status, String code, List<Violation> errors, List<String> allowedActions,
            Map<String, String> headers, Window window, Object... args) {
        super(code, null, false, false);
        this.window = window;
        this.status = status;
        this.code = code;
        this.args = args;
        this.errors = errors;
        this.allowedActions = allowedActions;
        this.headers = headers;
    }

    public static ProblemException notFound() {
        return new ProblemException(404, "NOT_FOUND");
    }

    /**
     * One invalid field, found by a service rule: its message is the translated text of {@code validation.<code>}
     * formatted with {@code args}.
     */
    public record Violation(String field, String code, Object... args) {
    }

    /** 422 (or 400) with field errors; {@code code} names the overall rule that failed. */
    public static ProblemException withErrors(int status, String code, List<Violation> errors, Object... args) {
        return new ProblemException(status, code, List.copyOf(errors), null, Map.of(), args);
    }

    /** 409 for an action that the current state does not allow, naming the actions that are allowed. */
    public static ProblemException actionNotAllowed(String code, List<String> allowedActions, Object... args) {
        return new ProblemException(409, code, List.of(), List.copyOf(allowedActions), Map.of(), args);
    }

    /** A problem that also sets response headers (e.g. {@code Retry-After} on 429). */
    public static ProblemException withHeaders(int status, String code, Map<String, String> headers, Object... args) {
        return new ProblemException(status, code, List.of(), null, Map.copyOf(headers), args);
    }

    /**
     * 409 for a request made outside the period in which it is allowed (e.g. an endorsement before its month), with
     * that period as {@code window} in the problem.
     */
    public static ProblemException outsideWindow(String code, LocalDate opensOn, LocalDate closesOn, Object... args) {
        return new ProblemException(409, code, List.of(), null, Map.of(), new Window(opensOn, closesOn), args);
    }

    /** The days (inclusive) in which a refused request would be allowed. */
    public record Window(LocalDate opensOn, LocalDate closesOn) {
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public Object[] args() {
        return args;
    }

    public List<Violation> errors() {
        return errors;
    }

    /** The actions allowed now, for a refused state-machine action (possibly none); null for other problems. */
    public List<String> allowedActions() {
        return allowedActions;
    }

    public Map<String, String> headers() {
        return headers;
    }

    /** The period in which the request would be allowed, or null. */
    public Window window() {
        return window;
    }
}
