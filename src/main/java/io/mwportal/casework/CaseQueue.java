package io.mwportal.casework;

import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import io.mwportal.casework.CaseViews.DeadlineView;
import io.mwportal.platform.calendar.Deadline;
import io.mwportal.platform.calendar.WorkingDayCalendar;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;
import io.quarkus.panache.common.Parameters;

/**
 * The lists of cases: a worker's own (newest first) and an office's queue, sorted as the workflow declares. Each case
 * comes with its running deadline from the same query, and one reading of the calendar serves the whole page.
 */
@ApplicationScoped
public class CaseQueue {

    @Inject
    CurrentUser user;

    @Inject
    CaseClock clock;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    EntityManager em;

    @Inject
    CaseOfficers officers;

    /** Queue or own-case list filters; each may be null. */
    public record ListFilter(String status, Boolean overdue, Integer dueWithinDays, String jurisdiction) {
    }

    /** A row of a list: the case with the clock as the API shows it. */
    public record CaseRow(CaseFile file, DeadlineView deadline) {
    }

    /**
     * The caller's cases: a worker's own, newest first; an officer's office queue (a city-level officer's own office
     * unless they ask for another jurisdiction) in the workflow's order.
     */
    public Page<CaseRow> list(Workflow workflow, ListFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("c.caseType = :type");
        Parameters params = Parameters.with("type", workflow.caseType());
        boolean office = user.hasRole(workflow.officeRole());
        if (office) {
            officers.seen(workflow.officeRole());
            String own = user.requireJurisdiction();
            String wanted = filter.jurisdiction() != null ? filter.jurisdiction() : own;
            if (!wanted.equals(own) && !own.equals(CurrentUser.CITY_JURISDICTION)) {
                return new Page<>(List.of(), page.page, page.size, false, 0L);
            }
            where.append(" and c.jurisdiction = :office");
            params.and("office", wanted);
        } else {
            where.append(" and c.ownerSubject = :owner");
            params.and("owner", user.subject());
        }
        if (filter.status() != null) {
            where.append(" and c.status = :status");
            params.and("status", filter.status());
        }
        LocalDate today = clock.today();
        if (Boolean.TRUE.equals(filter.overdue())) {
            where.append(" and d.dueDate < :today and c.clockPausedOn is null");
            params.and("today", today);
        } else if (Boolean.FALSE.equals(filter.overdue())) {
            where.append(" and (d.id is null or d.dueDate >= :today or c.clockPausedOn is not null)");
            params.and("today", today);
        }
        if (filter.dueWithinDays() != null) {
            where.append(" and d.dueDate <= :dueBy");
            params.and("dueBy", today.plusDays(filter.dueWithinDays()));
        }
        String from = " from CaseFile c left join Deadline d on d.subjectType = c.caseType and d.subjectId = c.id"
                + " and d.open = true where " + where;
        String order = office ? order(workflow.queueOrder(), params, today) : " order by c.createdAt desc, c.id desc";
        var query = em.createQuery("select c, d" + from + order, Object[].class);
        var count = em.createQuery("select count(c)" + from, Long.class);
        params.map().forEach((k, v) -> {
            query.setParameter(k, v);
            if (!k.equals("orderToday")) {
                count.setParameter(k, v);
            }
        });
        List<Object[]> rows = query.setFirstResult(page.offset()).setMaxResults(page.size + 1).getResultList();
        WorkingDayCalendar.Schedule schedule = calendar.schedule();
        return Page.fromSlice(rows, page, row -> new CaseRow((CaseFile) row[0],
                clock.view((CaseFile) row[0], (Deadline) row[1], schedule)), count.getSingleResult());
    }

    private static String order(Workflow.QueueOrder order, Parameters params, LocalDate today) {
        return switch (order) {
            case DUE_DATE -> " order by d.dueDate asc nulls last, c.createdAt desc, c.id desc";
            case OLDEST_FIRST -> " order by c.createdAt asc, c.id asc";
            case DUE_DATE_THEN_OLDEST -> " order by d.dueDate asc nulls last, c.createdAt asc, c.id asc";
            case URGENT_THEN_OVERDUE_THEN_DUE_DATE -> {
                params.and("orderToday", today);
                yield " order by c.urgent desc, case when d.dueDate < :orderToday and c.clockPausedOn is null"
                        + " then 0 else 1 end, d.dueDate asc nulls last, c.createdAt asc, c.id asc";
            }
        };
    }
}
