package io.mwportal.casework;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.hibernate.type.StandardBasicTypes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mwportal.casework.CaseViews.HistoryView;
import io.mwportal.casework.Workflow.ClockEffect;
import io.mwportal.casework.Workflow.Kind;
import io.mwportal.casework.Workflow.Step;
import io.mwportal.platform.calendar.Deadline;
import io.mwportal.platform.calendar.DeadlineService;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.events.EventAudience;
import io.mwportal.platform.events.Events;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.EntityTags;

/**
 * Runs a case type's workflow (docs/architecture.md, "The case kernel"): files cases, and carries out an action end
 * to end: find (404 for anyone else's), authorise (role 403, office 403, state 409 naming the allowed actions,
 * once-only and the type's own refusals 409, If-Match 412), check the body (the kernel's fields and the type's, all
 * problems in one 422), the kernel's own step (transfer, take-over, supplement, assignment), the type's hook, status,
 * clock and history. A failed action leaves no trace: it all happens in one transaction.
 */
@ApplicationScoped
public class CaseRunner {

    @Inject
    CurrentUser user;

    @Inject
    CaseAccess access;

    @Inject
    CaseClock caseClock;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    CaseOfficers officers;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    Events events;

    @Inject
    TrackingNumbers trackingNumbers;

    @Inject
    ObjectMapper json;

    /**
     * Files a new case in {@code jurisdiction} and starts the workflow's first clock.
     *
     * @param ownerSubject the worker the case belongs to; null for a case nobody owns (an anonymous report, a case
     *        the office opens ex officio)
     * @param actorRole who filed it, for the history: {@code worker}, the office role, or {@code anonymous}
     */
    @Transactional
    public CaseFile open(Workflow workflow, String jurisdiction, String ownerSubject, String actorRole,
            Map<String, Object> details) {
        Instant now = Instant.now(clock);
        CaseFile file = new CaseFile();
        file.caseType = workflow.caseType();
        file.trackingNumber = trackingNumbers.next(workflow.trackingPrefix(), caseClock.today().getYear());
        file.status = workflow.initialStatus();
        file.ownerSubject = ownerSubject;
        file.jurisdiction = jurisdiction;
        file.createdAt = now;
        file.updatedAt = now;
        file.persist();
        Deadline firstClock = workflow.initialClock() == null ? null
                : caseClock.startFirst(file, workflow.initialClock());
        String actorName = "anonymous".equals(actorRole) ? "anonymous" : user.username();
        record(workflow, file, CaseEvents.SUBMIT, actorRole, actorName, "SUBMIT", null, null, details, firstClock);
        return file;
    }

    /**
     * Runs {@code actionName} (as the URL names it) on the case; the case after the action.
     *
     * @param input the action's body; an empty one (all fields null) when the request had none
     */
    @Transactional
    public <I extends CaseActionInput> CaseFile act(CaseType<I> type, String trackingNumber, String actionName,
            String ifMatch, I input) {
        Workflow workflow = type.workflow();
        CaseFile file = access.find(workflow, trackingNumber, "ACTION");
        Step step = authorize(type, file, actionName, ifMatch);
        List<Violation> problems = new ArrayList<>();
        check(workflow, file, step, input, problems);
        type.check(file, step, input, problems);
        if (!problems.isEmpty()) {
            boolean allMissing = problems.stream().allMatch(p -> p.code().equals("REQUIRED_FOR_ACTION"));
            throw ProblemException.withErrors(422, allMissing ? "ACTION_INPUT_MISSING" : "ACTION_INPUT_INVALID",
                    problems, step.action());
        }
        Map<String, Object> details = new LinkedHashMap<>();
        String from = file.status;
        kernelStep(file, step, input, details);
        type.apply(file, step, input, details);
        if (step.to() != null) {
            file.status = step.to();
        }
        if (step.assignsCaller()) {
            assignToCaller(file);
        }
        file.updatedAt = Instant.now(clock);
        // After every change to the case itself: starting a clock looks the deadline up, which flushes the case, and
        // a change after that would be a second update (and a second version) of it.
        caseClock.apply(file, step.clock());
        record(workflow, file, step.action(), step.role(), user.username(), step.historyName(), from, input.note(),
                details, null);
        // Flush now so that a concurrent writer's version conflict surfaces as 409 inside this request.
        em.flush();
        return file;
    }

    /**
     * The actions the caller may take now, named as the URL takes them: the workflow's table for their role and
     * office, less once-only steps already taken, a late extension, and what the type itself rules out.
     */
    public List<String> allowedActions(CaseType<?> type, CaseFile file) {
        Workflow workflow = type.workflow();
        String role = access.roleOn(workflow, file);
        boolean handles = access.isOwner(file) || access.isHandlingOffice(workflow, file);
        return workflow.candidateSteps(file.status, role, handles, access.mayTakeOver(workflow, file)).stream()
                .filter(step -> kernelRefusal(file, step) == null && type.refusal(file, step) == null)
                .map(Step::action).distinct().toList();
    }

    /**
     * A history entry whose details carry this key set to true is for officers: the case's owner does not see it
     * (an early warning names other people's filings against the same employer).
     */
    public static final String OFFICERS_ONLY = "officersOnly";

    /** The whole timeline of a case the caller may see, oldest first (the owner: without officers-only entries). */
    @Transactional
    public List<HistoryView> history(Workflow workflow, String trackingNumber) {
        CaseFile file = access.find(workflow, trackingNumber, "HISTORY");
        boolean owner = access.isOwner(file);
        return CaseHistoryEntry.<CaseHistoryEntry>list("caseId = ?1 order by id", file.id).stream()
                .filter(entry -> !owner || entry.details == null
                        || !Boolean.TRUE.equals(entry.details.get(OFFICERS_ONLY)))
                .map(HistoryView::of).toList();
    }

    /** Whether the case's history has a step named {@code historyName} (e.g. a supplement was once requested). */
    public boolean hasTaken(CaseFile file, String historyName) {
        return CaseHistoryEntry.count("caseId = ?1 and action = ?2", file.id, historyName) > 0;
    }

    /**
     * Unknown action → 404, not the caller's role → 403, stale If-Match → 412, not from this status → 409 naming the
     * allowed actions, not the handling office → 403, once-only or the type's refusal → 409.
     */
    private Step authorize(CaseType<?> type, CaseFile file, String action, String ifMatch) {
        Workflow workflow = type.workflow();
        if (!workflow.knows(action)) {
            throw new ProblemException(404, "UNKNOWN_ACTION", action);
        }
        String role = access.roleOn(workflow, file);
        if (!workflow.mayEverDo(role, action)) {
            throw new ProblemException(403, "ACTION_NOT_FOR_ROLE", action);
        }
        EntityTags.checkIfMatch(ifMatch, file.version);
        Step step = workflow.step(action, file.status, role)
                .orElseThrow(() -> ProblemException.actionNotAllowed("ACTION_NOT_ALLOWED_NOW",
                        allowedActions(type, file), action, file.status));
        if (step.takeOver() && !access.mayTakeOver(workflow, file)) {
            throw user.isCityLevel() ? new ProblemException(409, "ALREADY_HANDLED_BY_CALLER")
                    : new ProblemException(403, "TAKE_OVER_NEEDS_HIGHER_LEVEL");
        }
        if (!step.takeOver() && !access.isOwner(file) && !access.isHandlingOffice(workflow, file)) {
            throw new ProblemException(403, "NOT_HANDLING_OFFICE");
        }
        CaseType.Refusal refused = kernelRefusal(file, step);
        if (refused == null) {
            refused = type.refusal(file, step);
        }
        if (refused != null) {
            List<String> others = allowedActions(type, file).stream().filter(a -> !a.equals(action)).toList();
            throw ProblemException.actionNotAllowed(refused.code(), others, refused.args());
        }
        return step;
    }

    /** The kernel's own rules on a step: at most once where the workflow says so; an extension before the deadline. */
    private CaseType.Refusal kernelRefusal(CaseFile file, Step step) {
        if (step.onceCode() != null && hasTaken(file, step.historyName())) {
            return new CaseType.Refusal(step.onceCode());
        }
        if (step.clock() instanceof ClockEffect.Extend) {
            // An extension is granted before the period ends (e.g. 劳动保障监察条例 Art 17), not to cover a lapse.
            Optional<Deadline> running = caseClock.running(file);
            if (running.isPresent() && running.get().dueDate.isBefore(caseClock.today())) {
                return new CaseType.Refusal("DEADLINE_PASSED", running.get().dueDate.toString());
            }
        }
        return null;
    }

    /** The fields the kernel reads: the note where the step needs one, and the fields of its own steps. */
    private void check(Workflow workflow, CaseFile file, Step step, CaseActionInput input, List<Violation> problems) {
        if (step.requiresNote() && isBlank(input.note())) {
            problems.add(new Violation("note", "REQUIRED_FOR_ACTION"));
        }
        if (step.kind() == Kind.REQUEST_SUPPLEMENT && (input.missingItems() == null || input.missingItems().isEmpty())) {
            problems.add(new Violation("missingItems", "REQUIRED_FOR_ACTION"));
        }
        if (step.kind() == Kind.TRANSFER) {
            String target = input.toJurisdiction();
            if (target == null) {
                problems.add(new Violation("toJurisdiction", "REQUIRED_FOR_ACTION"));
            } else if (!referenceData.jurisdictionExists(target)) {
                problems.add(new Violation("toJurisdiction", "UNKNOWN_JURISDICTION", target));
            } else if (target.equals(file.jurisdiction)) {
                problems.add(new Violation("toJurisdiction", "SAME_OFFICE", target));
            }
        }
        if (step.kind() == Kind.ASSIGN && input.assignee() != null
                && officers.find(input.assignee(), step.role(), file.jurisdiction).isEmpty()) {
            problems.add(new Violation("assignee", "UNKNOWN_OFFICER", input.assignee()));
        }
    }

    private void kernelStep(CaseFile file, Step step, CaseActionInput input, Map<String, Object> details) {
        switch (step.kind()) {
            case TRANSFER -> {
                details.put("fromJurisdiction", file.jurisdiction);
                details.put("toJurisdiction", input.toJurisdiction());
                reassign(file, input.toJurisdiction());
            }
            case TAKE_OVER -> {
                details.put("fromJurisdiction", file.jurisdiction);
                details.put("toJurisdiction", CurrentUser.CITY_JURISDICTION);
                reassign(file, CurrentUser.CITY_JURISDICTION);
                assignToCaller(file);
            }
            case REQUEST_SUPPLEMENT -> {
                file.missingItems = List.copyOf(input.missingItems());
                details.put("missingItems", file.missingItems);
            }
            case SUPPLEMENT -> file.missingItems = null;
            case ASSIGN -> {
                if (input.assignee() == null) {
                    assignToCaller(file);
                } else {
                    CaseOfficer officer = officers.find(input.assignee(), step.role(), file.jurisdiction).orElseThrow();
                    file.assigneeSubject = officer.subject;
                    file.assigneeName = officer.username;
                }
                details.put("assignee", file.assigneeName);
            }
            case PLAIN -> {
                // The type's hook does the rest.
            }
        }
    }

    /** Moves a case to another office (transfer, take-over); the history keeps both offices. */
    private static void reassign(CaseFile file, String jurisdiction) {
        file.jurisdiction = jurisdiction;
        file.assigneeSubject = null;
        file.assigneeName = null;
    }

    private void assignToCaller(CaseFile file) {
        file.assigneeSubject = user.subject();
        file.assigneeName = user.username();
    }

    /**
     * The step's history entry and its event ({@link CaseEvents}: for the worker whose case it is and for the office
     * that handles it now; codes only, the rest is behind the API), and a filing's first clock, in one statement: one
     * round trip to the database instead of three. The history is append-only and nothing later in the transaction
     * changes an entry, so it is a plain insert, not a managed entity: nothing for Hibernate to track or flush.
     *
     * @param firstClock the filing's first deadline to write ({@link CaseClock#startFirst}), or null
     */
    private void record(Workflow workflow, CaseFile file, String action, String role, String actorName,
            String historyName, String from, String note, Map<String, Object> details, Deadline firstClock) {
        List<Events.OtherInsert> others = firstClock == null ? List.of(HISTORY)
                : List.of(HISTORY, new Events.OtherInsert("deadline", DeadlineService.INSERT_FIRST));
        events.recordWith(others, query -> {
            query.setParameter("caseId", file.id).setParameter("historyAt", Instant.now(clock))
                    .setParameter("actorRole", role).setParameter("actorName", actorName)
                    .setParameter("historyAction", historyName)
                    .setParameter("fromStatus", from, StandardBasicTypes.STRING)
                    .setParameter("toStatus", file.status, StandardBasicTypes.STRING)
                    .setParameter("note", note, StandardBasicTypes.STRING)
                    .setParameter("details", details == null || details.isEmpty() ? null : json(details),
                            StandardBasicTypes.STRING);
            if (firstClock != null) {
                DeadlineService.bindFirst(query, firstClock);
            }
        }, CaseEvents.type(workflow, action), file.trackingNumber,
                EventAudience.office(file.jurisdiction, workflow.officeRole()).withWorker(file.ownerSubject),
                Map.of("caseType", file.caseType, "trackingNumber", file.trackingNumber, "action", action,
                        "status", file.status));
    }

    private static final Events.OtherInsert HISTORY = new Events.OtherInsert("case_history", """
            insert into case_history (case_id, at, actor_role, actor_name, action, from_status, to_status, note, details)
            values (:caseId, :historyAt, :actorRole, :actorName, :historyAction, :fromStatus, :toStatus, :note,
                    cast(:details as jsonb))""");

    private String json(Map<String, Object> details) {
        try {
            return json.writeValueAsString(details);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("history details must be JSON: codes, ids, amounts as text", e);
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
