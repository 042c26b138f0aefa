package io.mwportal.platform.ops;

import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;


/**
 * One structured line per API request (key=value, logger {@code io.mwportal.request}) without personal data: no
 * query string (it may hold search words or names), no caller identity, no body. Also gives each request an
 * {@code X-Request-Id} (the caller's, if well-formed).
 */
public class RequestLog {

    public static final String REQUEST_ID = "X-Request-Id";
    private static final Logger LOG = Logger.getLogger("io.mwportal.request");
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9._-]{8,64}");
    private static final String STARTED = RequestLog.class.getName() + ".started";

    @ServerRequestFilter(preMatching = true)
    public void start(ContainerRequestContext request) {
        request.setProperty(STARTED, System.nanoTime());
        String requestId = request.getHeaderString(REQUEST_ID);
        if (requestId == null || !SAFE_ID.matcher(requestId).matches()) {
            request.getHeaders().putSingle(REQUEST_ID, UUID.randomUUID().toString());
        }
    }

    @ServerResponseFilter
    public void finish(ContainerRequestContext request, ContainerResponseContext response) {
        String requestId = request.getHeaderString(REQUEST_ID);
        response.getHeaders().putSingle(REQUEST_ID, requestId);
        Object started = request.getProperty(STARTED);
        long micros = started instanceof Long nanos ? (System.nanoTime() - nanos) / 1000 : -1;
        if (LOG.isInfoEnabled()) {
            // Plain concatenation, not a format string: this runs for every request.
            String duration = micros < 0 ? "-1" : micros / 1000 + "." + micros % 1000 / 100;
            LOG.info("method=" + request.getMethod() + " path=" + request.getUriInfo().getRequestUri().getRawPath()
                    + " status=" + response.getStatus() + " durationMs=" + duration + " requestId=" + requestId);
        }
    }
}
