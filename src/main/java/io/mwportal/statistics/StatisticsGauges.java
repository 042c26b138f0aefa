package io.mwportal.statistics;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The key figures as Prometheus gauges next to the technical metrics (management port, {@code /q/metrics}), per
 * handling office: {@code portal_wage_complaints_filed_this_month} and {@code portal_wage_complaints_overdue}. Every instance reads them from the summary after each rebuild (whichever
 * instance rebuilt it), so any instance scraped tells the same.
 */
@ApplicationScoped
public class StatisticsGauges {

    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    /** Reads the figures of the current month (Asia/Shanghai) and the overdue cases from the summary. */
    @Transactional
    public void update() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select jurisdiction,
                       coalesce(sum(filed) filter (
                           where month = date_trunc('month', now() at time zone 'Asia/Shanghai')::date), 0),
                       sum(overdue_now)
                  from wage_complaint_statistics group by jurisdiction
                """).getResultList();
        for (Object[] row : rows) {
            String office = (String) row[0];
            set("portal.wage_complaints.filed_this_month", office, row[1]);
            set("portal.wage_complaints.overdue", office, row[2]);
        }
    }

    private void set(String name, String office, Object value) {
        values.computeIfAbsent(name + "|" + office, key -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::get).tag("jurisdiction", office)
                    .description("Wage complaints, from the statistics summary").register(registry);
            return holder;
        }).set(value == null ? 0 : ((Number) value).longValue());
    }
}
