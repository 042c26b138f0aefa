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
 * handling office: {@code portal_wage_complaints_filed_this_month}, {@code portal_wage_complaints_overdue},
 * {@code portal_legal_aid_overdue}, {@code portal_residence_permits_overdue} and
 * {@code portal_training_enrolments_this_year}. Every instance reads them from the summaries after each rebuild
 * (whichever instance rebuilt them), so any instance scraped tells the same.
 */
@ApplicationScoped
public class StatisticsGauges {

    private final Map<String, AtomicLong> values = new ConcurrentHashMap<>();

    @Inject
    MeterRegistry registry;

    @Inject
    EntityManager em;

    /** Reads the figures of the current month and year (Asia/Shanghai) and the overdue cases from the summaries. */
    @Transactional
    public void update() {
        read("""
                select jurisdiction,
                       coalesce(sum(filed) filter (
                           where month = date_trunc('month', now() at time zone 'Asia/Shanghai')::date), 0),
                       sum(overdue_now)
                  from wage_complaint_statistics group by jurisdiction
                """, "Wage complaints", "portal.wage_complaints.filed_this_month", "portal.wage_complaints.overdue");
        read("select jurisdiction, sum(overdue_now) from legal_aid_statistics group by jurisdiction",
                "Legal-aid requests", "portal.legal_aid.overdue");
        read("select jurisdiction, sum(overdue_now) from residence_permit_statistics group by jurisdiction",
                "Residence-permit applications", "portal.residence_permits.overdue");
        read("""
                select jurisdiction, sum(enrolments) from training_statistics
                 where month >= date_trunc('year', now() at time zone 'Asia/Shanghai')::date group by jurisdiction
                """, "Training enrolments", "portal.training.enrolments_this_year");
    }

    /** Rows of an office and one value per gauge name, in order. */
    private void read(String sql, String description, String... names) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(sql).getResultList();
        for (Object[] row : rows) {
            for (int i = 0; i < names.length; i++) {
                set(names[i], description, (String) row[0], row[i + 1]);
            }
        }
    }

    private void set(String name, String description, String office, Object value) {
        values.computeIfAbsent(name + "|" + office, key -> {
            AtomicLong holder = new AtomicLong();
            Gauge.builder(name, holder, AtomicLong::get).tag("jurisdiction", office)
                    .description(description + ", from the statistics summary").register(registry);
            return holder;
        }).set(value == null ? 0 : ((Number) value).longValue());
    }
}
