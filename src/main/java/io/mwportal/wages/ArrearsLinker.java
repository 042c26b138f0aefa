package io.mwportal.wages;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.jboss.logging.Logger;

import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.DatabaseOutage;
import io.mwportal.platform.events.EventFeedService;
import io.mwportal.platform.ops.FrequentRounds;
import io.mwportal.platform.ops.WritePlans;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Links complaints and anonymous reports into their arrears clusters ({@link ArrearsClusters}) just after they
 * commit, not in the filing's own transaction: the link was a fifth of a filing's time (README, "Benchmark: the write
 * path") and nobody who files waits for it; an officer sees the cluster a moment later (a round every
 * {@code portal.wages.link-every}). It reads the filings' events ({@code wage-complaint.submit},
 * {@code wage-report.submit}) in commit order after its cursor ({@code event_cursor} 'arrears-link', V28), as the
 * event fan-out does: every instance runs rounds, one at a time holds the cursor ({@code SKIP LOCKED}), and a filing
 * is linked exactly once (the link and the cursor commit together; one already linked is passed over). A complaint
 * opened ex officio from a report is not linked again (the report is).
 */
@ApplicationScoped
public class ArrearsLinker {

    private static final Logger LOG = Logger.getLogger(ArrearsLinker.class);

    private static final String CURSOR = "arrears-link";

    /** Events gone through per transaction. */
    private static final int BATCH = 500;

    @Inject
    EntityManager em;

    @Inject
    ArrearsClusters clusters;

    @Inject
    WagesConfig config;

    @Inject
    WritePlans plans;

    private volatile FrequentRounds rounds;

    private volatile long lastWarning;

    void start(@Observes StartupEvent startup) {
        rounds = FrequentRounds.start("arrears-linker", config.linkEvery(), this::round);
    }

    @PreDestroy
    void stop() {
        if (rounds != null) {
            rounds.stop();
        }
    }

    /** Links until nothing committed is left; an error waits for the next round. */
    void round() {
        try {
            while (linkCommitted() == BATCH) {
                // a backlog: go on at once
            }
        } catch (RuntimeException e) {
            if (DatabaseOutage.isOutage(e)) {
                DatabaseOutage.report(e);
            } else if (System.currentTimeMillis() - lastWarning > 60_000) {
                lastWarning = System.currentTimeMillis();
                LOG.warn("Linking filings into arrears clusters failed this round (logged at most once a minute)", e);
            }
        }
    }

    /**
     * Links the filings among the events committed after the cursor, a batch of events in one transaction; how many
     * events it went through (0 when another instance holds the cursor).
     */
    public int linkCommitted() {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> cursor = em.createNativeQuery(
                    "select txid, event_id from event_cursor where name = :name for update skip locked")
                    .setParameter("name", CURSOR).getResultList();
            if (cursor.isEmpty()) {
                return 0;
            }
            // Every event after the cursor, the filings among them with what they are linked by: the cursor moves
            // past the others too (a day of enrolments is not read again every round).
            @SuppressWarnings("unchecked")
            List<Object[]> events = em.createNativeQuery("""
                    with batch as (
                      select txid, id, type, subject_id from event
                       where (txid, id) > (:txid, :id) and txid < %s
                       order by txid, id limit :batch)
                    select b.txid, b.id, c.id as case_id, linked.case_id is not null, c.owner_subject is null,
                           c.case_type, c.created_at, c.jurisdiction,
                           coalesce(w.employer_name, r.employer_name), w.employer_credit_code,
                           coalesce(w.project_name, r.project_name), w.general_contractor,
                           coalesce(w.workers_affected, r.workers_affected, 1), w.amount_owed
                      from batch b
                      left join case_file c on b.type in ('wage-complaint.submit', 'wage-report.submit')
                                           and c.tracking_number = b.subject_id
                      left join wage_complaint w on w.case_id = c.id
                      left join wage_report r on r.case_id = c.id
                      left join arrears_link linked on linked.case_id = c.id
                     order by b.txid, b.id
                    """.formatted(EventFeedService.HORIZON)).setParameter("txid", cursor.get(0)[0])
                    .setParameter("id", cursor.get(0)[1]).setParameter("batch", BATCH).getResultList();
            if (events.isEmpty()) {
                return 0;
            }
            plans.reuse();
            List<ArrearsClusters.Filing> filings = new ArrayList<>();
            for (Object[] f : events) {
                boolean filing = f[2] != null;
                boolean exOfficio = filing && (Boolean) f[4] && WagesWorkflow.CASE_TYPE.equals(f[5]);
                if (filing && !(Boolean) f[3] && !exOfficio) {
                    filings.add(new ArrearsClusters.Filing(((Number) f[2]).longValue(),
                            WagesWorkflow.CASE_TYPE.equals(f[5]) ? "COMPLAINT" : "REPORT", PortalTime.instant(f[6]),
                            (String) f[7], (String) f[8], (String) f[9], (String) f[10], (String) f[11],
                            ((Number) f[12]).intValue(), (BigDecimal) f[13]));
                }
            }
            if (!filings.isEmpty()) {
                clusters.linkAll(filings);
            }
            Object[] last = events.get(events.size() - 1);
            em.createNativeQuery("update event_cursor set txid = :txid, event_id = :id where name = :name")
                    .setParameter("txid", last[0]).setParameter("id", last[1]).setParameter("name", CURSOR)
                    .executeUpdate();
            return events.size();
        });
    }
}
