package io.mwportal.wages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import io.mwportal.casework.AttachmentService;
import io.mwportal.casework.CaseFile;
import io.mwportal.casework.CaseService;
import io.mwportal.casework.CaseViews.AttachmentView;
import io.mwportal.casework.CaseViews.HistoryView;
import io.mwportal.casework.Workflow;
import io.mwportal.casework.Workflow.Step;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.privacy.FieldCrypto;
import io.mwportal.platform.privacy.Masking;
import io.mwportal.platform.reference.Jurisdiction;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.Versioned;
import io.mwportal.wages.WageViews.ActionRequest;
import io.mwportal.wages.WageViews.ComplainantView;
import io.mwportal.wages.WageViews.Employer;
import io.mwportal.wages.WageViews.OfficeView;
import io.mwportal.wages.WageViews.RepresentativeRequest;
import io.mwportal.wages.WageViews.WageComplaintRequest;
import io.mwportal.wages.WageViews.WageComplaintSummary;
import io.mwportal.wages.WageViews.WageComplaintView;
import io.mwportal.wages.WageViews.Workplace;

/** Wage-arrears complaints: filing, routing, the inspector's actions and the worker's, on the case kernel. */
@ApplicationScoped
public class WageComplaintService {

    private final Workflow workflow;

    @Inject
    CaseService cases;

    @Inject
    AttachmentService attachments;

    @Inject
    ReferenceDataService referenceData;

    @Inject
    FieldCrypto crypto;

    @ConfigProperty(name = "portal.wages.limitation-years")
    int limitationYears;

    public WageComplaintService(WagesWorkflow workflow) {
        this.workflow = workflow.definition();
    }

    /**
     * Routing (seed measure 4): a project led by the city government goes to city labour inspection (210700);
     * any other to the labour inspection of the district where the work is.
     */
    static String route(Workplace workplace) {
        return Boolean.TRUE.equals(workplace.cityGovernmentLed()) ? CurrentUser.CITY_JURISDICTION : workplace.district();
    }

    @Transactional
    public Versioned<WageComplaintView> file(WageComplaintRequest request) {
        validateWorkplace(request.workplace(), "workplace");
        LocalDate today = cases.today();
        List<Violation> errors = new ArrayList<>();
        if (request.periodEnd().isBefore(request.periodStart())) {
            errors.add(new Violation("periodEnd", "PERIOD_END_BEFORE_START"));
        }
        if (request.periodEnd().isAfter(today)) {
            errors.add(new Violation("periodEnd", "IN_FUTURE"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.withErrors(422, "COMPLAINT_INVALID", errors);
        }
        String office = route(request.workplace());
        CaseFile caseFile = cases.open(workflow, office, Map.of("handlingOffice", office));
        WageComplaint complaint = new WageComplaint();
        complaint.caseFile = caseFile;
        complaint.complainantName = request.complainant().name();
        complaint.complainantIdNumber = request.complainant().idNumber();
        complaint.complainantPhone = request.complainant().phone();
        complaint.complainantAddress = request.complainant().address();
        complaint.bankCardEncrypted = crypto.encrypt(request.complainant().bankCard());
        Employer employer = request.employer();
        complaint.employerName = employer.name();
        complaint.employerCreditCode = employer.creditCode();
        complaint.employerAddress = employer.address();
        complaint.employerLegalRepresentative = employer.legalRepresentative();
        Workplace workplace = request.workplace();
        complaint.workDistrict = workplace.district();
        complaint.workAddress = workplace.address();
        complaint.construction = workplace.construction();
        complaint.cityGovernmentLed = workplace.cityGovernmentLed();
        complaint.projectName = workplace.projectName();
        complaint.generalContractor = workplace.generalContractor();
        complaint.periodStart = request.periodStart();
        complaint.periodEnd = request.periodEnd();
        complaint.amountOwed = request.amountOwed();
        complaint.workersAffected = request.workersAffected();
        complaint.representatives = request.representatives() == null ? List.of() : request.representatives().stream()
                .map(r -> new WageComplaint.Representative(r.name(), r.phone())).toList();
        complaint.facts = request.facts();
        complaint.request = request.request();
        complaint.persist();
        return new Versioned<>(view(caseFile, complaint), caseFile.version);
    }

    /** The district must be one of the city's jurisdictions; construction work names its project and contractor. */
    void validateWorkplace(Workplace workplace, String prefix) {
        List<Violation> errors = new ArrayList<>();
        if (!referenceData.jurisdictionExists(workplace.district())) {
            errors.add(new Violation(prefix + ".district", "UNKNOWN_JURISDICTION", workplace.district()));
        }
        if (Boolean.TRUE.equals(workplace.construction())) {
            if (isBlank(workplace.projectName())) {
                errors.add(new Violation(prefix + ".projectName", "REQUIRED_FOR_CONSTRUCTION"));
            }
            if (isBlank(workplace.generalContractor())) {
                errors.add(new Violation(prefix + ".generalContractor", "REQUIRED_FOR_CONSTRUCTION"));
            }
        }
        if (!errors.isEmpty()) {
            throw ProblemException.withErrors(422, "COMPLAINT_INVALID", errors);
        }
    }

    public Page<WageComplaintSummary> list(CaseService.ListFilter filter, PageRequest page) {
        Page<CaseService.CaseRow> rows = cases.list(workflow, filter, page);
        List<Long> ids = rows.items().stream().map(r -> r.file().id).toList();
        Map<Long, WageComplaint> complaints = ids.isEmpty() ? Map.of()
                : WageComplaint.<WageComplaint>list("caseId in ?1", ids).stream()
                        .collect(Collectors.toMap(w -> w.caseId, Function.identity()));
        List<WageComplaintSummary> items = rows.items().stream().map(row -> {
            CaseFile c = row.file();
            WageComplaint w = complaints.get(c.id);
            return new WageComplaintSummary(c.trackingNumber, c.status, c.jurisdiction, w.employerName,
                    w.workDistrict, w.amountOwed, w.workersAffected, limitationRisk(c, w), row.deadline(),
                    c.assigneeName, c.createdAt);
        }).toList();
        return new Page<>(items, rows.page(), rows.size(), rows.hasNext(), rows.totalItems());
    }

    @Transactional
    public Versioned<WageComplaintView> get(String trackingNumber) {
        CaseFile caseFile = cases.find(workflow, trackingNumber, "CASE");
        return new Versioned<>(view(caseFile, WageComplaint.findById(caseFile.id)), caseFile.version);
    }

    @Transactional
    public List<HistoryView> history(String trackingNumber) {
        return cases.history(cases.find(workflow, trackingNumber, "HISTORY"));
    }

    /** Runs an action named as in the URL ({@code request-supplement}) on the case. */
    @Transactional
    public Versioned<WageComplaintView> act(String trackingNumber, String actionName, String ifMatch,
            ActionRequest input) {
        CaseFile caseFile = cases.find(workflow, trackingNumber, "ACTION");
        String action = actionName.matches("[a-z]+(-[a-z]+)*") ? actionName.replace('-', '_').toUpperCase(Locale.ROOT)
                : "";
        Step step = cases.authorize(workflow, caseFile, action, ifMatch);
        WageComplaint complaint = WageComplaint.findById(caseFile.id);
        ActionRequest body = input != null ? input : ActionRequest.EMPTY;
        Map<String, Object> details = new LinkedHashMap<>();
        List<Violation> missing = new ArrayList<>();
        switch (action) {
            case WagesWorkflow.ACCEPT -> cases.assignToCaller(caseFile);
            case WagesWorkflow.REQUEST_SUPPLEMENT -> {
                require(missing, body.missingItems() != null && !body.missingItems().isEmpty(), "missingItems");
                complaint.missingItems = body.missingItems();
                details.put("missingItems", body.missingItems());
            }
            case WagesWorkflow.SUPPLEMENT -> {
                require(missing, !isBlank(body.note()), "note");
                complaint.missingItems = null;
            }
            case WagesWorkflow.REFUSE -> {
                require(missing, body.reasonCode() != null, "reasonCode");
                require(missing, !isBlank(body.note()), "note");
                if (missing.isEmpty()) {
                    checkRefusalReason(caseFile, complaint, body.reasonCode());
                }
                complaint.refusalReason = body.reasonCode();
                details.put("reasonCode", body.reasonCode());
            }
            case WagesWorkflow.TRANSFER -> {
                require(missing, body.toJurisdiction() != null, "toJurisdiction");
                require(missing, !isBlank(body.note()), "note");
                if (missing.isEmpty()) {
                    transferTarget(caseFile, body.toJurisdiction());
                    details.put("fromJurisdiction", caseFile.jurisdiction);
                    details.put("toJurisdiction", body.toJurisdiction());
                    cases.reassign(caseFile, body.toJurisdiction());
                }
            }
            case WagesWorkflow.TAKE_OVER -> {
                details.put("fromJurisdiction", caseFile.jurisdiction);
                details.put("toJurisdiction", CurrentUser.CITY_JURISDICTION);
                cases.reassign(caseFile, CurrentUser.CITY_JURISDICTION);
                cases.assignToCaller(caseFile);
            }
            case WagesWorkflow.EXTEND -> require(missing, !isBlank(body.note()), "note");
            case WagesWorkflow.RECORD_OUTCOME -> {
                require(missing, body.outcome() != null, "outcome");
                if (missing.isEmpty()) {
                    checkOutcomeSequence(caseFile, complaint, body.outcome());
                }
                if (WagesWorkflow.OUTCOME_RECORDED.equals(caseFile.status) && body.amountOrdered() == null
                        && complaint.amountOrdered != null) {
                    // The sequel of an order keeps the amount that was ordered.
                    details.put("amountOrdered", complaint.amountOrdered.toString());
                }
                require(missing, body.outcome() != Outcome.RESOLVED || body.amountRecovered() != null,
                        "amountRecovered");
                require(missing, body.outcome() != Outcome.ORDERED_TO_PAY || body.amountOrdered() != null,
                        "amountOrdered");
                complaint.outcome = body.outcome();
                complaint.amountRecovered = body.amountRecovered();
                if (body.amountOrdered() != null) {
                    complaint.amountOrdered = body.amountOrdered();
                }
                details.put("outcome", body.outcome());
                putIfPresent(details, "amountRecovered", body.amountRecovered());
                putIfPresent(details, "amountOrdered", body.amountOrdered());
            }
            default -> {
                // CLOSE, WITHDRAW: nothing beyond the optional note.
            }
        }
        if (!missing.isEmpty()) {
            throw ProblemException.withErrors(422, "ACTION_INPUT_MISSING", missing, action);
        }
        cases.complete(workflow, caseFile, step, body.note(), details);
        return new Versioned<>(view(caseFile, complaint), caseFile.version);
    }

    /**
     * A refusal's reason must hold on the record: the limitation only when the arrears ended more than the
     * limitation period before filing (劳动保障监察条例 Art 20); "employer not identifiable" only after the worker
     * was asked to supplement (补正) and was not able to.
     */
    private void checkRefusalReason(CaseFile caseFile, WageComplaint complaint, RefusalReason reason) {
        String refused = switch (reason) {
            case LIMITATION_EXPIRED -> limitationRisk(caseFile, complaint) ? null : "LIMITATION_NOT_EXPIRED";
            case EMPLOYER_NOT_IDENTIFIABLE -> cases.hasTaken(caseFile, WagesWorkflow.REQUEST_SUPPLEMENT) ? null
                    : "SUPPLEMENT_NOT_REQUESTED";
            default -> null;
        };
        if (refused != null) {
            throw ProblemException.withErrors(422, "ACTION_INPUT_INVALID",
                    List.of(new Violation("reasonCode", refused, reason)), WagesWorkflow.REFUSE);
        }
    }

    /**
     * Outcomes follow the law's order: a referral to the police for refusing to pay wages (刑法 Art 276-1) needs an
     * earlier order to pay that the employer did not obey; after an order, only its sequel may be recorded (paid,
     * police, arbitration or court).
     */
    private void checkOutcomeSequence(CaseFile caseFile, WageComplaint complaint, Outcome outcome) {
        boolean afterOrder = complaint.outcome == Outcome.ORDERED_TO_PAY;
        if (WagesWorkflow.OUTCOME_RECORDED.equals(caseFile.status) && !afterOrder) {
            throw ProblemException.actionNotAllowed("ACTION_NOT_ALLOWED_NOW", cases.allowedActions(workflow, caseFile)
                    .stream().filter(a -> !a.equals(WagesWorkflow.RECORD_OUTCOME)).toList(),
                    WagesWorkflow.RECORD_OUTCOME, caseFile.status);
        }
        String refused = null;
        if (outcome == Outcome.REFERRED_TO_POLICE && !afterOrder) {
            refused = "POLICE_NEEDS_ORDER_TO_PAY";
        } else if (afterOrder && (outcome == Outcome.ORDERED_TO_PAY || outcome == Outcome.NOT_WITHIN_SCOPE)) {
            refused = "NOT_A_SEQUEL_OF_ORDER";
        }
        if (refused != null) {
            throw ProblemException.withErrors(422, "ACTION_INPUT_INVALID",
                    List.of(new Violation("outcome", refused, outcome)), WagesWorkflow.RECORD_OUTCOME);
        }
    }

    private void transferTarget(CaseFile caseFile, String target) {
        if (!referenceData.jurisdictionExists(target)) {
            throw ProblemException.withErrors(422, "ACTION_INPUT_INVALID",
                    List.of(new Violation("toJurisdiction", "UNKNOWN_JURISDICTION", target)), WagesWorkflow.TRANSFER);
        }
        if (target.equals(caseFile.jurisdiction)) {
            throw ProblemException.withErrors(422, "ACTION_INPUT_INVALID",
                    List.of(new Violation("toJurisdiction", "SAME_OFFICE", target)), WagesWorkflow.TRANSFER);
        }
    }

    @Transactional
    public AttachmentView upload(String trackingNumber, FileUpload file) {
        CaseFile caseFile = cases.findForEvidence(workflow, trackingNumber, "ATTACHMENT_UPLOAD");
        String role = cases.isOwner(caseFile) ? Workflow.OWNER : workflow.officeRole();
        return attachments.upload(workflow, caseFile, role, file);
    }

    @Transactional
    public List<AttachmentView> attachments(String trackingNumber) {
        return attachments.list(cases.findForEvidence(workflow, trackingNumber, "ATTACHMENTS"));
    }

    @Transactional
    public AttachmentService.Download download(String trackingNumber, long attachmentId) {
        return attachments.download(cases.findForEvidence(workflow, trackingNumber, "ATTACHMENT:" + attachmentId), attachmentId);
    }

    private boolean limitationRisk(CaseFile caseFile, WageComplaint complaint) {
        LocalDate filed = caseFile.createdAt.atZone(PortalTime.ZONE).toLocalDate();
        return complaint.periodEnd.plusYears(limitationYears).isBefore(filed);
    }

    OfficeView office(String jurisdiction) {
        Jurisdiction j = referenceData.jurisdiction(jurisdiction);
        return new OfficeView(j.code, j.nameZh + "劳动保障监察", j.nameEn + " Labour Inspection");
    }

    private WageComplaintView view(CaseFile c, WageComplaint w) {
        boolean full = cases.isOwner(c) || cases.isHandlingOffice(workflow, c);
        String bankCard = crypto.decrypt(w.bankCardEncrypted);
        ComplainantView complainant = new ComplainantView(w.complainantName,
                full ? w.complainantIdNumber : Masking.idNumber(w.complainantIdNumber),
                full ? w.complainantPhone : Masking.phone(w.complainantPhone), w.complainantAddress,
                full ? bankCard : Masking.bankCard(bankCard));
        List<RepresentativeRequest> representatives = w.representatives == null ? List.of() : w.representatives.stream()
                .map(r -> new RepresentativeRequest(r.name(), full ? r.phone() : Masking.phone(r.phone()))).toList();
        return new WageComplaintView(c.trackingNumber, c.status, office(c.jurisdiction), c.createdAt, c.updatedAt,
                complainant,
                new Employer(w.employerName, w.employerCreditCode, w.employerAddress, w.employerLegalRepresentative),
                new Workplace(w.workDistrict, w.workAddress, w.construction, w.cityGovernmentLed, w.projectName,
                        w.generalContractor),
                w.periodStart, w.periodEnd, w.amountOwed, w.workersAffected, representatives, w.facts, w.request,
                limitationRisk(c, w), cases.deadline(c), c.assigneeName, w.missingItems, w.refusalReason, w.outcome,
                w.amountRecovered, w.amountOrdered, allowedActions(c, w));
    }

    /** The kernel's allowed actions, less a second outcome where the first was not an order to pay. */
    private List<String> allowedActions(CaseFile c, WageComplaint w) {
        List<String> allowed = cases.allowedActions(workflow, c);
        if (WagesWorkflow.OUTCOME_RECORDED.equals(c.status) && w.outcome != Outcome.ORDERED_TO_PAY) {
            return allowed.stream().filter(a -> !a.equals(WagesWorkflow.RECORD_OUTCOME)).toList();
        }
        return allowed;
    }

    private static void require(List<Violation> missing, boolean present, String field) {
        if (!present) {
            missing.add(new Violation(field, "REQUIRED_FOR_ACTION"));
        }
    }

    private static void putIfPresent(Map<String, Object> details, String key, Object value) {
        if (value != null) {
            details.put(key, value.toString());
        }
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
