package io.mwportal.platform.ops;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.quarkus.runtime.configuration.DurationConverter;

/**
 * A background job that runs every fraction of a second on a thread of its own (the event dispatcher, the arrears
 * linker): Quarkus' scheduler runs jobs at most once a second, too seldom for them. Each round starts a delay after
 * the previous one ended, so rounds never overlap.
 */
public final class FrequentRounds {

    private final ScheduledExecutorService executor;

    private FrequentRounds(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /**
     * Starts running {@code round} every {@code every} (a duration such as {@code 200ms}; {@code off}: not on this
     * instance), the first a second from now.
     */
    public static FrequentRounds start(String threadName, String every, Runnable round) {
        if ("off".equals(every)) {
            return new FrequentRounds(null);
        }
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, threadName);
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(round, 1000, DurationConverter.parseDuration(every).toMillis(),
                TimeUnit.MILLISECONDS);
        return new FrequentRounds(executor);
    }

    /** Stops the rounds (a round under way is interrupted). */
    public void stop() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
