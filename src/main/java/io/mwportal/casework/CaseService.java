package io.mwportal.casework;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.mwportal.casework.CaseViews.DeadlineView;
import io.mwportal.casework.CaseViews.HistoryView;
import io.mwportal.casework.Workflow.ClockEffect;
import io.mwportal.casework.Workflow.Step;
import io.mwportal.platform.calendar.Deadline;
import io.mwportal.platform.calendar.DeadlineService;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.calendar.WorkingDayCalendar;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.EntityTags;
import io.quarkus.panache.common.Parameters;
import io.quarkus.scheduler.Scheduled;

/**
 * The case kernel: files cases, finds them for the caller (owner or handling office, else 404), runs the
 * workflow's state machine with If-Match, keeps the append-only history and the statutory clock, and audits
 * officer reads.
 */
@ApplicationScoped
public class CaseService {

    @Inject
    CurrentUser user;

    @Inject
    DeadlineService deadlines;

    @Inject
    WorkingDayCalendar calendar;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ReadAudit readAudit;

    public LocalDate today() {
        return PortalTime.today(clock);
    }

    /** Files a new case of the caller in {@code jurisdiction} and starts the workflow's first clock. */
    @Transactional
    public CaseFile open(Workflow workflow, String jurisdiction, Map<String, Object> details) {
        Instant now = Instant.now(clock);
        CaseFile file = new CaseFile();
        file.caseType = workflow.caseType();
        file.trackingNumber = TrackingNumbers.next(workflow.trackingPrefix(), today().getYear());
        file.status = workflow.initialStatus();
        file.ownerSubject = user.subject();
        file.jurisdiction = jurisdiction;
        file.createdAt = now;
        file.updatedAt = now;
        file.persist();
        ClockEffect.Start start = workflow.initialClock();
        deadlines.schedule(file.caseType, file.id, start.purpose(), today(), start.amount(), start.unit());
        append(file, Workflow.OWNER, "SUBMIT", null, file.status, null, details);
        return file;
    }

    /**
     * The case if the caller may see it: their own case, or (for the workflow's office role) a case of their
     * office; a city-level officer sees every office's cases (to supervise and take over). Anything else is 404.
     * Officer reads are audited as {@code what}.
     */
    @Transactional
    public CaseFile find(Workflow workflow, String trackingNumber, String what) {
        CaseFile file = findVisible(workflow, trackingNumber).orElseThrow(ProblemException::notFound);
        if (!isOwner(file)) {
            readAudit.record(file, workflow, what);
        }
        return file;
    }

    /**
     * The case for its evidence (personal data in full: payslips, contracts): only the owner and the handling
     * office; a supervising higher-level officer who can see the case gets 403 and takes it over first.
     */
    @Transactional
    public CaseFile findForEvidence(Workflow workflow, String trackingNumber, String what) {
        CaseFile file = find(workflow, trackingNumber, what);
        if (!isOwner(file) && !isHandlingOffice(workflow, file)) {
            throw new ProblemException(403, "NOT_HANDLING_OFFICE");
        }
        return file;
    }

    private Optional<CaseFile> findVisible(Workflow workflow, String trackingNumber) {
        if (trackingNumber == null || trackingNumber.length() > 30) {
            return Optional.empty();
        }
        if (user.hasRole(workflow.officeRole())) {
            String office = user.requireJurisdiction();
            return CaseFile.find("caseType = ?1 and trackingNumber = ?2 and (jurisdiction = ?3 or ?3 = ?4)",
                    workflow.caseType(), trackingNumber, office, CurrentUser.CITY_JURISDICTION).firstResultOptional();
        }
        if (user.hasRole(Workflow.OWNER)) {
            return CaseFile.find("caseType = ?1 and trackingNumber = ?2 and ownerSubject = ?3",
                    workflow.caseType(), trackingNumber, user.subject()).firstResultOptional();
        }
        return Optional.empty();
    }

    public boolean isOwner(CaseFile file) {
        return !user.isAnonymous() && file.ownerSubject.equals(user.subject()) && user.hasRole(Workflow.OWNER);
    }

    /** Whether the caller is an officer of the office that handles the case (sees unmasked personal data). */
    public boolean isHandlingOffice(Workflow workflow, CaseFile file) {
        return user.hasRole(workflow.officeRole()) && file.jurisdiction.equals(user.jurisdiction().orElse(null));
    }

    private String roleOn(Workflow workflow, CaseFile file) {
        return isOwner(file) ? Workflow.OWNER : workflow.officeRole();
    }

    public List<String> allowedActions(Workflow workflow, CaseFile file) {
        return workflow.allowedActions(file.status, roleOn(workflow, file),
                isOwner(file) || isHandlingOffice(workflow, file), mayTakeOver(workflow, file));
    }

    /** A city-level officer of the workflow's role may take over a case that another office handles. */
    private boolean mayTakeOver(Workflow workflow, CaseFile file) {
        return user.hasRole(workflow.officeRole()) && user.isCityLevel()
                && !file.jurisdiction.equals(CurrentUser.CITY_JURISDICTION);
    }

    /**
     * Checks that the caller may take {@code action} on the case now: unknown action → 404, not the caller's role
     * or office → 403, not from this status → 409 naming the allowed actions, stale If-Match → 412.
     */
    public Step authorize(Workflow workflow, CaseFile file, String action, String ifMatch) {
        if (!workflow.knows(action)) {
            throw new ProblemException(404, "UNKNOWN_ACTION", action);
        }
        String role = roleOn(workflow, file);
        if (!workflow.mayEverDo(role, action)) {
            throw new ProblemException(403, "ACTION_NOT_FOR_ROLE", action);
        }
        EntityTags.checkIfMatch(ifMatch, file.version);
        Step step = workflow.step(action, file.status, role)
                .orElseThrow(() -> ProblemException.actionNotAllowed("ACTION_NOT_ALLOWED_NOW",
                        allowedActions(workflow, file), action, file.status));
        if (step.takeOver() && !mayTakeOver(workflow, file)) {
            throw user.isCityLevel() ? new ProblemException(409, "ALREADY_HANDLED_BY_CALLER")
                    : new ProblemException(403, "TAKE_OVER_NEEDS_HIGHER_LEVEL");
        }
        if (!step.takeOver() && !isOwner(file) && !isHandlingOffice(workflow, file)) {
            throw new ProblemException(403, "NOT_HANDLING_OFFICE");
        }
        if (step.clock() instanceof ClockEffect.Extend) {
            List<String> others = allowedActions(workflow, file).stream().filter(a -> !a.equals(action)).toList();
            if (file.extended) {
                throw ProblemException.actionNotAllowed("ALREADY_EXTENDED", others);
            }
            // An extension is granted before the period ends (劳动保障监察条例 Art 17), not to cover a lapse.
            Optional<Deadline> running = runningDeadline(file);
            if (running.isPresent() && running.get().dueDate.isBefore(today())) {
                throw ProblemException.actionNotAllowed("DEADLINE_PASSED", others, running.get().dueDate.toString());
            }
        }
        return step;
    }

    /** Carries out an authorised step: new status, clock effect, history entry. */
    @Transactional
    public void complete(Workflow workflow, CaseFile file, Step step, String note, Map<String, Object> details) {
        String from = file.status;
        if (step.to() != null) {
            file.status = step.to();
        }
        applyClock(file, step.clock());
        file.updatedAt = Instant.now(clock);
        append(file, step.role(), step.action(), from, file.status, note, details);
        // Flush now so that a concurrent writer's version conflict surfaces as 409 inside this request.
        em.flush();
    }

    /** Moves a case to another office (transfer); the history keeps both offices. */
    public void reassign(CaseFile file, String jurisdiction) {
        file.jurisdiction = jurisdiction;
        file.assigneeSubject = null;
        file.assigneeName = null;
    }

    public void assignToCaller(CaseFile file) {
        file.assigneeSubject = user.subject();
        file.assigneeName = user.username();
    }

    private void applyClock(CaseFile file, ClockEffect effect) {
        Optional<Deadline> running = runningDeadline(file);
        if (effect instanceof ClockEffect.Start start) {
            running.ifPresent(deadlines::close);
            deadlines.schedule(file.caseType, file.id, start.purpose(), today(), start.amount(), start.unit());
            file.clockPausedOn = null;
            file.overdueSince = null;
        } else if (effect instanceof ClockEffect.Extend extend) {
            // Granted only before the period ends (authorize), so the case cannot be overdue here.
            running.ifPresent(deadline -> deadlines.extend(deadline, extend.amount()));
            file.extended = true;
        } else if (effect instanceof ClockEffect.Pause) {
            file.clockPausedOn = today();
        } else if (effect instanceof ClockEffect.Resume) {
            LocalDate pausedOn = file.clockPausedOn;
            if (pausedOn != null) {
                running.ifPresent(deadline -> {
                    deadlines.extend(deadline, Math.max(0, calendar.daysBetween(pausedOn, today(), deadline.unit)));
                    clearOverdueIfDue(file, deadline);
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

    private void clearOverdueIfDue(CaseFile file, Deadline deadline) {
        if (!deadline.dueDate.isBefore(today())) {
            file.overdueSince = null;
        }
    }

    public Optional<Deadline> runningDeadline(CaseFile file) {
        return Deadline.find("subjectType = ?1 and subjectId = ?2 and open = true", file.caseType, file.id)
                .firstResultOptional();
    }

    /** The clock of the case as the API shows it, or null when no clock runs. */
    public DeadlineView deadline(CaseFile file) {
        return runningDeadline(file).map(d -> deadlineView(file, d, calendar.schedule())).orElse(null);
    }

    private DeadlineView deadlineView(CaseFile file, Deadline deadline, WorkingDayCalendar.Schedule schedule) {
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

    /** Whether the case's history has a step {@code action} (e.g. whether a supplement was ever requested). */
    public boolean hasTaken(CaseFile file, String action) {
        return CaseHistoryEntry.count("caseId = ?1 and action = ?2", file.id, action) > 0;
    }

    /** The whole timeline, oldest first. */
    public List<HistoryView> history(CaseFile file) {
        return CaseHistoryEntry.<CaseHistoryEntry>list("caseId = ?1 order by id", file.id).stream()
                .map(HistoryView::of).toList();
    }

    /** Queue or own-case list filters; each may be null. */
    public record ListFilter(String status, Boolean overdue, Integer dueWithinDays, String jurisdiction) {
    }

    /** A row of a list: the case with the clock as the API shows it. */
    public record CaseRow(CaseFile file, DeadlineView deadline) {
    }

    /**
     * The caller's cases: a worker's own, newest first; an officer's office queue (a city-level officer's own
     * office unless they ask for another jurisdiction), by due date (no clock last), then newest.
     */
    public Page<CaseRow> list(Workflow workflow, ListFilter filter, PageRequest page) {
        StringBuilder where = new StringBuilder("c.caseType = :type");
        Parameters params = Parameters.with("type", workflow.caseType());
        if (user.hasRole(workflow.officeRole())) {
            String office = user.requireJurisdiction();
            String wanted = filter.jurisdiction() != null ? filter.jurisdiction() : office;
            if (!wanted.equals(office) && !office.equals(CurrentUser.CITY_JURISDICTION)) {
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
        LocalDate today = today();
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
        // Officers work the queue by due date; a worker sees their newest case first.
        String order = user.hasRole(workflow.officeRole()) ? " order by d.dueDate asc nulls last, c.createdAt desc, c.id desc"
                : " order by c.createdAt desc, c.id desc";
        // Each case comes with its running deadline from the same join; one calendar read serves the whole page.
        var query = em.createQuery("select c, d" + from + order, Object[].class);
        var count = em.createQuery("select count(c)" + from, Long.class);
        params.map().forEach((k, v) -> {
            query.setParameter(k, v);
            count.setParameter(k, v);
        });
        List<Object[]> rows = query.setFirstResult(page.offset()).setMaxResults(page.size + 1).getResultList();
        WorkingDayCalendar.Schedule schedule = calendar.schedule();
        return Page.fromSlice(rows, page, row -> new CaseRow((CaseFile) row[0],
                deadlineView((CaseFile) row[0], (Deadline) row[1], schedule)), count.getSingleResult());
    }

    private void append(CaseFile file, String role, String action, String from, String to, String note,
            Map<String, Object> details) {
        CaseHistoryEntry entry = new CaseHistoryEntry();
        entry.caseId = file.id;
        entry.at = Instant.now(clock);
        entry.actorRole = role;
        entry.actorName = user.username();
        entry.action = action;
        entry.fromStatus = from;
        entry.toStatus = to;
        entry.note = note;
        entry.details = details == null || details.isEmpty() ? null : new HashMap<>(details);
        entry.persist();
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
