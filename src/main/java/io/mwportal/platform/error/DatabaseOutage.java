package io.mwportal.platform.error;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;

/**
 * Tells a lost database (restart, failover, network) or an exhausted connection pool from a bug: the request is
 * answered 503 with Retry-After, so that clients retry, and the outage is logged once rather than once per request
 * (an outage is over after {@link #QUIET_MILLIS} without such a failure). Readiness reports the database down
 * meanwhile (Quarkus' datasource health check), so the orchestrator stops routing to this instance.
 */
public final class DatabaseOutage {

    /** Seconds a client should wait before retrying. */
    static final int RETRY_AFTER_SECONDS = 5;

    private static final Logger LOG = Logger.getLogger(DatabaseOutage.class);
    private static final long QUIET_MILLIS = 60_000;
    private static final AtomicLong LAST_FAILURE = new AtomicLong();

    private DatabaseOutage() {
    }

    /** Whether {@code e}, or one of its causes, says the database could not be reached or used. */
    public static boolean isOutage(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JDBCConnectionException || cause instanceof SQLTransientConnectionException) {
                return true;
            }
            if (cause instanceof SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exception; 57P01-03: the server shut down or is starting; 53300: too many connections.
                if (state != null && (state.startsWith("08") || state.startsWith("57P") || state.equals("53300"))) {
                    return true;
                }
                // The pool waited acquisition-timeout for a connection: Agroal says so only in its message
                // ("Sorry, acquisition timeout!", "Acquisition timeout while waiting for new connection") or cause.
                if (sql.getCause() instanceof TimeoutException || (sql.getMessage() != null
                        && sql.getMessage().toLowerCase(Locale.ROOT).contains("acquisition timeout"))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Logs the first failure of an outage (without a stack trace: it is not a bug); later ones only at DEBUG. */
    public static void report(Throwable e) {
        long now = System.currentTimeMillis();
        long previous = LAST_FAILURE.getAndSet(now);
        if (now - previous > QUIET_MILLIS) {
            LOG.warnf("Database unavailable (%s); answering 503 until it is back. Further failures of this outage "
                    + "are logged at DEBUG.", rootMessage(e));
        } else if (LOG.isDebugEnabled()) {
            LOG.debugf("Database still unavailable: %s", rootMessage(e));
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root instanceof SQLException sql ? " " + sql.getSQLState() : "");
    }
}
