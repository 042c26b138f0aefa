package io.mwportal.casework;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.mwportal.casework.CaseQueue.CaseRow;
import io.mwportal.casework.CaseQueue.ListFilter;
import io.mwportal.casework.CaseViews.AttachmentView;
import io.mwportal.casework.CaseViews.HistoryView;
import io.mwportal.platform.ops.WritePlans;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.Versioned;

/**
 * What every case type offers over HTTP, done once: read a case, its history and evidence, upload evidence, run an
 * action, list. A case type extends this with its workflow, its view and its hook ({@link CaseType}), and adds only
 * what is its own (filing, its fields). {@link CaseResource} is the matching HTTP layer.
 *
 * @param <V> the type's view of one case
 * @param <I> the body of its actions
 */
public abstract class CaseTypeService<V extends CaseView, I extends CaseActionInput> implements CaseType<I> {

    private Workflow workflow;
    private I emptyInput;

    @Inject
    protected CaseAccess access;

    @Inject
    protected CaseRunner runner;

    @Inject
    protected CaseQueue queue;

    @Inject
    protected CaseClock caseClock;

    @Inject
    protected CurrentUser user;

    @Inject
    protected ReferenceDataService referenceData;

    @Inject
    EntityManager em;

    @Inject
    AttachmentService attachments;

    @Inject
    Validator validator;

    @Inject
    WritePlans plans;

    /**
     * @param workflow the type's state machine
     * @param emptyInput the body of an action sent without one (all fields null)
     */
    protected CaseTypeService(Workflow workflow, I emptyInput) {
        this.workflow = workflow;
        this.emptyInput = emptyInput;
    }

    /** For the container's client proxies only (a normal-scoped bean needs a no-args constructor up its hierarchy). */
    protected CaseTypeService() {
    }

    @Override
    public Workflow workflow() {
        return workflow;
    }

    /** The type's view of a case the caller may see (mask what the caller may not read in full). */
    protected abstract V view(CaseFile file);

    @Transactional
    public Versioned<V> get(String trackingNumber) {
        CaseFile file = access.find(workflow(), trackingNumber, "CASE");
        return new Versioned<>(view(file), file.version);
    }

    @Transactional
    public List<HistoryView> history(String trackingNumber) {
        return runner.history(workflow(), trackingNumber);
    }

    /** Validates the body (Bean Validation: 400 naming the fields) and runs the action. */
    @Transactional
    public Versioned<V> act(String trackingNumber, String action, String ifMatch, I input) {
        plans.reuse();
        if (input != null) {
            Set<ConstraintViolation<I>> violations = validator.validate(input);
            if (!violations.isEmpty()) {
                throw new ConstraintViolationException(violations);
            }
        }
        CaseFile file = runner.act(this, trackingNumber, action, ifMatch, input != null ? input : emptyInput);
        return new Versioned<>(view(file), file.version);
    }

    @Transactional
    public AttachmentView upload(String trackingNumber, FileUpload file) {
        CaseFile caseFile = access.findForEvidence(workflow(), trackingNumber, "ATTACHMENT_UPLOAD");
        String role = access.isOwner(caseFile) ? Workflow.OWNER : workflow().officeRole();
        return attachments.upload(workflow(), caseFile, role, file);
    }

    @Transactional
    public List<AttachmentView> attachments(String trackingNumber) {
        return attachments.list(access.findForEvidence(workflow(), trackingNumber, "ATTACHMENTS"));
    }

    @Transactional
    public AttachmentService.Download download(String trackingNumber, long attachmentId) {
        return attachments.download(access.findForEvidence(workflow(), trackingNumber, "ATTACHMENT:" + attachmentId),
                attachmentId);
    }

    /** The actions the caller may take now, as the URL names them. */
    protected List<String> allowedActions(CaseFile file) {
        return runner.allowedActions(this, file);
    }

    /**
     * A page of the caller's cases (own, or the office queue) as summaries: the type's rows ({@code details}) of the
     * page's cases are read in one query, and {@code summary} makes one line of each.
     */
    protected <E extends CaseDetails, S> Page<S> list(ListFilter filter, PageRequest page, Class<E> details,
            BiFunction<CaseRow, E, S> summary) {
        Page<CaseRow> rows = queue.list(workflow(), filter, page);
        Map<Long, E> byCase = rows.items().isEmpty() ? Map.of()
                : em.createQuery("from " + details.getSimpleName() + " where caseId in :ids", details)
                        .setParameter("ids", rows.items().stream().map(r -> r.file().id).toList()).getResultStream()
                        .collect(Collectors.toMap(d -> d.caseId, Function.identity()));
        List<S> items = rows.items().stream().map(row -> summary.apply(row, byCase.get(row.file().id))).toList();
        return new Page<>(items, rows.page(), rows.size(), rows.hasNext(), rows.totalItems());
    }
}
