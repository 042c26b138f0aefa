package io.mwportal.wages;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.mwportal.platform.audit.AuditLog;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.reference.EmployerStanding;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.text.EmployerNames;
import io.mwportal.platform.web.EntityTags;
import io.mwportal.platform.web.Versioned;
import io.mwportal.wages.ArrearsListEntry.State;
import io.mwportal.wages.WageViews.ArrearsListEntryView;
import io.mwportal.wages.WageViews.ArrearsListRequest;
import io.mwportal.wages.WageViews.EmployerRecordView;

/**
 * The employer compliance record (诚信管理, seed measure 4): the list of employers named for serious wage arrears as
 * data (保障农民工工资支付条例 Art 48; 人社部令第 45 号: a name stays {@code portal.wages.list-years} years and may be
 * removed early, once paid and pledged, after {@code portal.wages.list-early-removal-months}), and each employer's
 * record of closed complaints. The public reads the names listed today; labour inspectors and job centres read every
 * entry and the records. A job centre holds a vacancy of a listed employer, or of one with an open order to pay, for
 * review ({@link EmployerStanding}).
 */
@ApplicationScoped
public class ArrearsListService implements EmployerStanding {

    static final String AUDIT_TYPE = "ARREARS_LIST_ENTRY";

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    @Inject
    WagesConfig config;

    @Inject
    Clock clock;

    @Inject
    AuditLog audit;

    @Inject
    ArrearsClusters clusters;

    @Transactional
    public Versioned<ArrearsListEntryView> include(ArrearsListRequest request) {
        LocalDate today = PortalTime.today(clock);
        if (request.includedOn().isAfter(today)) {
            throw ProblemException.withErrors(422, "LIST_ENTRY_INVALID",
                    List.of(new Violation("includedOn", "IN_FUTURE")));
        }
        ArrearsListEntry entry = new ArrearsListEntry();
        entry.employerName = request.employerName();
        entry.nameKey = java.util.Objects.requireNonNullElse(EmployerNames.key(request.employerName()),
                request.employerName());
        entry.creditCode = request.creditCode();
        entry.includedOn = request.includedOn();
        entry.legalBasis = request.legalBasis();
        entry.reason = request.reason();
        entry.removalDue = request.includedOn().plusYears(config.listYears());
        entry.createdBy = user.username();
        entry.createdAt = Instant.now(clock);
        entry.persistAndFlush();
        ArrearsListEntryView view = view(entry, true);
        audit.changed(AUDIT_TYPE, entry.id, "INCLUDE", null, view);
        return new Versioned<>(view, entry.version);
    }

    /** Early removal: the employer paid and pledged, and the minimum months on the list have passed. */
    @Transactional
    public Versioned<ArrearsListEntryView> remove(long id, String ifMatch, String reason) {
        ArrearsListEntry entry = ArrearsListEntry.findById(id);
        if (entry == null) {
            throw ProblemException.notFound();
        }
        EntityTags.checkIfMatch(ifMatch, entry.version);
        LocalDate today = PortalTime.today(clock);
        if (entry.state(today) != State.LISTED) {
            throw ProblemException.actionNotAllowed("ACTION_NOT_ALLOWED_NOW", List.of(), "remove",
                    entry.state(today));
        }
        LocalDate earliest = entry.includedOn.plusMonths(config.listEarlyRemovalMonths());
        if (today.isBefore(earliest)) {
            throw ProblemException.withErrors(422, "LIST_ENTRY_INVALID",
                    List.of(new Violation("reason", "EARLY_REMOVAL_TOO_SOON", earliest.toString())));
        }
        ArrearsListEntryView before = view(entry, true);
        entry.removedOn = today;
        entry.removalReason = reason;
        entry.persistAndFlush();
        ArrearsListEntryView after = view(entry, true);
        audit.changed(AUDIT_TYPE, id, "REMOVE", before, after);
        return new Versioned<>(after, entry.version);
    }

    /** The public: names listed today. Officers: every entry, or those in {@code state}. */
    public Page<ArrearsListEntryView> list(State state, PageRequest page) {
        boolean officer = isOfficer();
        State shown = officer ? state : State.LISTED;
        Map<String, Object> params = new java.util.HashMap<>();
        String where = "1 = 1";
        if (shown == State.REMOVED) {
            where = "removedOn is not null";
        } else if (shown != null) {
            params.put("today", PortalTime.today(clock));
            where = shown == State.LISTED ? "removedOn is null and removalDue > :today"
                    : "removedOn is null and removalDue <= :today";
        }
        return Page.ofAll(ArrearsListEntry.<ArrearsListEntry>find(where + " order by includedOn desc, id desc", params),
                page, entries -> entries.stream().map(e -> view(e, officer)).toList(), true);
    }

    public Versioned<ArrearsListEntryView> get(long id) {
        ArrearsListEntry entry = ArrearsListEntry.findById(id);
        if (entry == null || !isOfficer() && entry.state(PortalTime.today(clock)) != State.LISTED) {
            throw ProblemException.notFound();
        }
        return new Versioned<>(view(entry, isOfficer()), entry.version);
    }

    /** An employer's record: its closed complaints by outcome, the amounts, open orders, and its list entries. */
    public EmployerRecordView record(String name, String creditCode) {
        if (user.partnerClient().isPresent()) {
            // A partner app publishing for a job centre is not the job centre's staff.
            throw new ProblemException(403, "FORBIDDEN");
        }
        if (name == null && creditCode == null) {
            throw ProblemException.withErrors(400, "VALIDATION_FAILED",
                    List.of(new Violation("name", "NAME_OR_CREDIT_CODE_REQUIRED")));
        }
        String key = EmployerNames.key(name);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                select w.outcome, count(*), count(*) filter (where c.status = 'CLOSED'),
                       coalesce(sum(w.amount_ordered), 0), coalesce(sum(w.amount_recovered), 0),
                       count(*) filter (where w.outcome = 'ORDERED_TO_PAY' and c.status = 'OUTCOME_RECORDED'),
                       cast(to_jsonb(array_agg(distinct w.employer_name)) as text)
                  from arrears_link l
                  join wage_complaint w on w.case_id = l.case_id
                  join case_file c on c.id = l.case_id
                 where l.kind = 'COMPLAINT'
                   and ((cast(:name as text) is not null and l.name_key = :name)
                        or (cast(:code as text) is not null and l.credit_code = :code))
                 group by w.outcome
                """).setParameter("name", key).setParameter("code", creditCode).getResultList();
        long complaints = 0;
        long closed = 0;
        long openOrders = 0;
        BigDecimal ordered = BigDecimal.ZERO;
        BigDecimal recovered = BigDecimal.ZERO;
        Map<String, Long> outcomes = new LinkedHashMap<>();
        java.util.TreeSet<String> names = new java.util.TreeSet<>();
        for (Object[] row : rows) {
            long count = ((Number) row[1]).longValue();
            complaints += count;
            if (row[0] != null) {
                outcomes.put((String) row[0], count);
            }
            closed += ((Number) row[2]).longValue();
            ordered = ordered.add((BigDecimal) row[3]);
            recovered = recovered.add((BigDecimal) row[4]);
            openOrders += ((Number) row[5]).longValue();
            names.addAll(clusters.strings(row[6]));
        }
        List<ArrearsListEntryView> entries = ArrearsListEntry.<ArrearsListEntry>find(
                "nameKey = ?1 or creditCode = ?2 order by includedOn desc",
                key == null ? "" : key, creditCode == null ? "" : creditCode).stream().map(e -> view(e, true))
                .toList();
        return new EmployerRecordView(List.copyOf(names), creditCode, complaints, closed, outcomes,
                outcomes.getOrDefault("REFERRED_TO_POLICE", 0L), openOrders, ordered.setScale(2).toPlainString(),
                recovered.setScale(2).toPlainString(), entries);
    }

    /** ON_ARREARS_LIST when the name or code is listed today, OPEN_ORDER_TO_PAY when an order is not yet met. */
    @Override
    public Optional<String> holdReason(String name, String creditCode) {
        String key = EmployerNames.key(name);
        String code = creditCode == null || creditCode.isBlank() ? null : creditCode;
        Object[] row = (Object[]) em.createNativeQuery("""
                select exists (select 1 from arrears_list_entry
                                where (name_key = :name or (cast(:code as text) is not null and credit_code = :code))
                                  and removed_on is null and removal_due > :today and included_on <= :today),
                       exists (select 1 from arrears_link l
                                 join wage_complaint w on w.case_id = l.case_id
                                 join case_file c on c.id = l.case_id
                                where l.kind = 'COMPLAINT'
                                  and (l.name_key = :name or (cast(:code as text) is not null and l.credit_code = :code))
                                  and w.outcome = 'ORDERED_TO_PAY' and c.status = 'OUTCOME_RECORDED')
                """).setParameter("name", key).setParameter("code", code)
                .setParameter("today", PortalTime.today(clock)).getSingleResult();
        if ((Boolean) row[0]) {
            return Optional.of("ON_ARREARS_LIST");
        }
        return (Boolean) row[1] ? Optional.of("OPEN_ORDER_TO_PAY") : Optional.empty();
    }

    private boolean isOfficer() {
        return user.partnerClient().isEmpty()
                && (user.hasRole(Roles.LABOUR_INSPECTOR) || user.hasRole(Roles.JOB_CENTER) || user.hasRole(Roles.ADMIN));
    }

    private ArrearsListEntryView view(ArrearsListEntry e, boolean officer) {
        return new ArrearsListEntryView(e.id, e.employerName, e.creditCode, e.includedOn, e.legalBasis, e.reason,
                e.removalDue, e.state(PortalTime.today(clock)), officer ? e.removedOn : null,
                officer ? e.removalReason : null);
    }
}
