package io.mwportal.statistics;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.annotation.Priority;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;
import jakarta.transaction.Transactional;

import org.jboss.logging.Logger;

import io.mwportal.platform.demo.DemoDataLoaded;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import io.quarkus.scheduler.Scheduled;

/**
 * Rebuilds the statistics summaries (materialised views) on a schedule. Concurrently, so requests read the previous
 * figures meanwhile; under a transaction-scoped advisory lock, so that of several instances one rebuilds and the
 * others skip that turn. Every instance then reads the key figures into its gauges ({@link StatisticsGauges}).
 */
@ApplicationScoped
public class StatisticsRefresh {

    /** The summaries (materialised views, V19 on) in the order they are rebuilt. */
    static final List<String> SUMMARIES = List.of("wage_complaint_statistics", "wage_report_statistics",
            "vacancy_statistics", "legal_aid_statistics", "residence_permit_statistics", "training_statistics");

    /** The advisory lock key of the rebuild (any number no other lock of the portal uses). */
    private static final long LOCK = 0x5741_4745_5354_4154L;

    private static final Logger LOG = Logger.getLogger(StatisticsRefresh.class);

    @Inject
    EntityManager em;

    @Inject
    StatisticsGauges gauges;

    @Scheduled(every = "${portal.statistics.refresh-every:10m}", delayed = "1m",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledRefresh() {
        try {
            refresh();
        } catch (RuntimeException e) {
            // The previous figures stay (and say when they were computed); the next turn tries again.
            LOG.warnf(e, "Rebuilding the statistics failed");
        }
        gauges.update();
    }

    /** After the demo city's cases and vacancies are complete (the other observers run first). */
    void onDemoData(@Observes @Priority(Interceptor.Priority.APPLICATION + 900) DemoDataLoaded event) {
        refresh();
        gauges.update();
    }

    /**
     * Returns false when another instance is rebuilding right now. Its own transaction timeout: at a million
     * complaints the rebuild takes about 20 s (README, "Benchmark: statistics"), near the default of 60.
     */
    @Transactional
    @TransactionConfiguration(timeout = 900)
    public boolean refresh() {
        boolean locked = (Boolean) em.createNativeQuery("select pg_try_advisory_xact_lock(:lock)")
                .setParameter("lock", LOCK).getSingleResult();
        if (locked) {
            for (String summary : SUMMARIES) {
                em.createNativeQuery("refresh materialized view concurrently " + summary).executeUpdate();
            }
        }
        return locked;
    }
}
