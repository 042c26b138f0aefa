package io.mwportal.platform.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.mwportal.platform.error.ProblemException;
import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.web.RoutingContext;

/**
 * Fixed-window request limits per client, kept in PostgreSQL so that they hold across every instance
 * (docs/architecture.md). One statement counts the request and returns the window's count; it runs in the transaction of the
 * work it admits, so work that fails or is refused (including the 429 itself) does not count, and a replayed
 * request, which never reaches the work, does not count either.
 *
 * <p>Responses say where the client stands, in the fields of the IETF draft "RateLimit header fields for HTTP"
 * (draft-ietf-httpapi-ratelimit-headers): {@code RateLimit-Policy: "wage-reports";q=10;w=3600} (quota and window in
 * seconds) and {@code RateLimit: "wage-reports";r=7;t=1800} (remaining, seconds until the window resets), on the
 * answer that counted and on the 429 (with {@code Retry-After}).
 */
@ApplicationScoped
public class RateLimiter {

    public static final String POLICY_HEADER = "RateLimit-Policy";
    public static final String STATE_HEADER = "RateLimit";

    /** Windows longer than this are not supported: their rows are deleted after it. */
    static final Duration LONGEST_WINDOW = Duration.ofDays(1);

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    @Inject
    RoutingContext request;

    /**
     * Counts one request of {@code clientKey} (a pseudonym, never an address) under {@code bucket}; 429 with
     * Retry-After when that makes more than {@code limit} in the current window.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void acquire(String bucket, String clientKey, int limit, Duration window) {
        Instant now = Instant.now(clock);
        Object[] row = (Object[]) em.createNativeQuery("""
                insert into rate_limit_window (bucket, client_key, window_start, hits)
                values (:bucket, :client, :now, 1)
                on conflict (bucket, client_key) do update
                   set window_start = case when rate_limit_window.window_start <= :expired then excluded.window_start
                                           else rate_limit_window.window_start end,
                       hits = case when rate_limit_window.window_start <= :expired then 1
                                   else rate_limit_window.hits + 1 end
                returning hits, extract(epoch from window_start)
                """).setParameter("bucket", bucket).setParameter("client", clientKey).setParameter("now", now)
                .setParameter("expired", now.minus(window)).getSingleResult();
        int hits = ((Number) row[0]).intValue();
        Instant windowStart = Instant.ofEpochMilli((long) (((Number) row[1]).doubleValue() * 1000));
        long reset = Math.max(1, Duration.between(now, windowStart.plus(window)).toSeconds() + 1);
        String policy = "\"" + bucket + "\";q=" + limit + ";w=" + window.toSeconds();
        String state = "\"" + bucket + "\";r=" + Math.max(0, limit - hits) + ";t=" + reset;
        if (hits > limit) {
            throw ProblemException.withHeaders(429, "RATE_LIMITED", Map.of("Retry-After", Long.toString(reset),
                    POLICY_HEADER, policy, STATE_HEADER, state), reset);
        }
        request.response().headers().set(POLICY_HEADER, policy).set(STATE_HEADER, state);
    }

    @Scheduled(every = "1h", delayed = "7m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    @Transactional
    void deleteExpired() {
        em.createNativeQuery("delete from rate_limit_window where window_start < :cutoff")
                .setParameter("cutoff", Instant.now(clock).minus(LONGEST_WINDOW)).executeUpdate();
    }
}
