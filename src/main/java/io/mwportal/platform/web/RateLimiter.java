package io.mwportal.platform.web;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import io.mwportal.platform.error.ProblemException;

/**
 * Fixed-window request limits per client (e.g. anonymous reports per client address). Kept in memory: with N
 * instances behind a load balancer a client gets at most N times the limit, which is acceptable for abuse
 * protection; a shared store would be needed for an exact limit.
 */
@ApplicationScoped
public class RateLimiter {

    private record Window(long startMillis, int count) {
    }

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Counts one request of {@code client} under {@code bucket}; 429 with Retry-After when over {@code limit}. */
    public void acquire(String bucket, String client, int limit, Duration window) {
        long now = System.currentTimeMillis();
        long length = window.toMillis();
        Window current = windows.compute(bucket + " " + client, (key, old) ->
                old == null || now - old.startMillis() >= length ? new Window(now, 1) : new Window(old.startMillis(), old.count() + 1));
        if (current.count() > limit) {
            long retryAfter = Math.max(1, (current.startMillis() + length - now + 999) / 1000);
            throw ProblemException.withHeaders(429, "RATE_LIMITED", Map.of("Retry-After", Long.toString(retryAfter)),
                    retryAfter);
        }
        if (windows.size() > 100_000) {
            windows.entrySet().removeIf(e -> now - e.getValue().startMillis() >= length);
        }
    }
}
