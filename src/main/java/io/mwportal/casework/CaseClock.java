package io.mwportal.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.persistence.EntityManager;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;

import io.mwportal.casework.CaseViews.DeadlineView;
import io.mwportal.casework.Workflow.ClockEffect;
import io.mwportal.platform.calendar.Deadline;
import io.mwportal.platform.calendar.DeadlineService;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.calendar.WorkingDayCalendar;
import io.mwportal.platform.demo.DemoDataLoaded;
import io.quarkus.scheduler.Scheduled;

/**
 * The statutory clock of cases (docs/rules.md): started, paused, resumed, extended and stopped by the workflow's
 * steps, shown with due date and days left, and flagged when it runs out (a job that several instances may run).
 */
@ApplicationScoped
public class CaseClock {

    @Inject
    DeadlineService deadlines;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    public LocalDate today() {
        return PortalTime.today(clock);
    }

    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * The first clock of a case just filed (no clock ran before: nothing to look up or close), computed for the
     * filing's own statement to write ({@link DeadlineService#INSERT_FIRST}).
     */
    Deadline startFirst(CaseFile file, ClockEffect.Start start) {
        Deadline first = deadlines.first(file.caseType, file.id, start.purpose(), today(), start.amount(),
                start.unit());
        remember(file, first);
        return first;
    }

    /** Starts a clock of the case from today (closing the one that ran). */
    void start(CaseFile file, ClockEffect.Start start) {
        running(file).ifPresent(deadlines::close);
        remember(file, deadlines.schedule(file.caseType, file.id, start.purpose(), today(), start.amount(),
                start.unit()));
        file.clockPausedOn = null;
        file.overdueSince = null;
    }

    void apply(CaseFile file, ClockEffect effect) {
        Optional<Deadline> running = running(file);
        if (effect instanceof ClockEffect.Start start) {
            start(file, start);
        } else if (effect instanceof ClockEffect.Extend extend) {
            // Granted only before the period ends (CaseRunner), so the case cannot be overdue here.
            running.ifPresent(deadline -> deadlines.extend(deadline, extend.amount()));
            file.extended = true;
        } else if (effect instanceof ClockEffect.Pause) {
            file.clockPausedOn = today();
        } else if (effect instanceof ClockEffect.Resume) {
            LocalDate pausedOn = file.clockPausedOn;
            if (pausedOn != null) {
                running.ifPresent(deadline -> {
                    deadlines.extend(deadline, Math.max(0, calendar.daysBetween(pausedOn, today(), deadline.unit)));
                    if (!deadline.dueDate.isBefore(today())) {
                        file.overdueSince = null;
                    }
                });
            }
            file.clockPausedOn = null;
        } else if (effect instanceof ClockEffect.Stop) {
            running.ifPresent(deadlines::close);
            file.clockPausedOn = null;
            file.overdueSince = null;
        }
        // ClockEffect.Keep: nothing to do.
    }

    /**
     * The clock that runs, read once per transaction and case: an action reads it to check, to change and to show it,
     * and every change goes through this class, which keeps the answer current. A filing's first clock, written by the
     * filing's own statement, is not a managed entity: it is looked up before anything may change it.
     */
    public Optional<Deadline> running(CaseFile file) {
        return running(file, true);
    }

    private Optional<Deadline> running(CaseFile file, boolean toChange) {
        Map<Long, Deadline> known = known();
        if (known != null && known.containsKey(file.id)) {
            Deadline deadline = known.get(file.id);
            if (deadline == null || !toChange || em.contains(deadline)) {
                return deadline != null && deadline.open ? Optional.of(deadline) : Optional.empty();
            }
        }
        Optional<Deadline> running = Deadline.<Deadline>find("subjectType = ?1 and subjectId = ?2 and open = true",
                file.caseType, file.id).firstResultOptional();
        remember(file, running.orElse(null));
        return running;
    }

    private void remember(CaseFile file, Deadline deadline) {
        Map<Long, Deadline> known = known();
        if (known != null) {
            known.put(file.id, deadline);
        }
    }

    @SuppressWarnings("unchecked")
    private Map<Long, Deadline> known() {
        if (transactions.getTransactionKey() == null) {
            return null;
        }
        Object known = transactions.getResource(CaseClock.class);
        if (known == null) {
            known = new HashMap<Long, Deadline>();
            transactions.putResource(CaseClock.class, known);
        }
        return (Map<Long, Deadline>) known;
    }

    /** The clock of the case as the API shows it, or null when no clock runs. */
    public DeadlineView view(CaseFile file) {
        return running(file, false).map(d -> view(file, d, calendar.schedule())).orElse(null);
    }

    /** The same with the schedule read once for a whole page of cases. */
    DeadlineView view(CaseFile file, Deadline deadline, WorkingDayCalendar.Schedule schedule) {
        if (deadline == null) {
            return null;
        }
        LocalDate today = today();
        boolean paused = file.clockPausedOn != null;
        boolean overdue = !paused && deadline.dueDate.isBefore(today);
        int daysLeft = schedule.daysBetween(today, deadline.dueDate, deadline.unit);
        return new DeadlineView(deadline.purpose, deadline.dueDate, deadline.unit, deadline.provisional, paused,
                overdue, daysLeft, file.extended);
    }

    /**
     * Flags cases whose running clock passed (and adds a system step to their history). One statement each, so
     * several instances may run it at once: a row already flagged by one is skipped by the others.
     */
    @Scheduled(every = "${portal.casework.overdue-check-every:10m}", delayed = "30s",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduledOverdueCheck() {
        flagOverdue(today());
    }

    /** The demo city's cases have clocks that ran out before it was loaded. */
    void onDemoData(@Observes DemoDataLoaded event) {
        flagOverdue(today());
    }

    @Transactional
    public int flagOverdue(LocalDate today) {
        return em.createNativeQuery("""
                with flagged as (
                  update case_file c set overdue_since = d.due_date + 1, updated_at = now(), version = c.version + 1
                    from deadline d
                   where d.subject_type = c.case_type and d.subject_id = c.id and d.open
                     and d.due_date < :today and c.clock_paused_on is null and c.overdue_since is null
                  returning c.id, c.status)
                insert into case_history (case_id, at, actor_role, actor_name, action, from_status, to_status, note)
                select id, now(), 'system', 'system', 'FLAG_OVERDUE', status, status, null from flagged
                """).setParameter("today", today).executeUpdate();
    }
}
