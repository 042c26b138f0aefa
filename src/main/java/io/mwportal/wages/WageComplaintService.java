package io.mwportal.wages;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.mwportal.casework.CaseFile;
import io.mwportal.casework.CaseQueue.ListFilter;
import io.mwportal.casework.CaseTypeService;
import io.mwportal.casework.Workflow;
import io.mwportal.casework.Workflow.Step;
import io.mwportal.platform.calendar.PortalTime;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.privacy.FieldCrypto;
import io.mwportal.platform.privacy.Masking;
import io.mwportal.platform.privacy.PersonalIdentity;
import io.mwportal.platform.reference.Jurisdiction;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.security.Roles;
import io.mwportal.platform.web.Versioned;
import io.mwportal.wages.WageViews.ClusterView;
import io.mwportal.wages.WageViews.ComplainantView;
import io.mwportal.wages.WageViews.Employer;
import io.mwportal.wages.WageViews.OfficeView;
import io.mwportal.wages.WageViews.RepresentativeView;
import io.mwportal.wages.WageViews.WageActionRequest;
import io.mwportal.wages.WageViews.WageComplaintRequest;
import io.mwportal.wages.WageViews.WageComplaintSummary;
import io.mwportal.wages.WageViews.WageComplaintView;
import io.mwportal.wages.WageViews.Workplace;

/**
 * Wage-arrears complaints on the case kernel: filing and routing, the complaint's own fields of the refusal and the
 * outcome (with the rules that hold them to the record), and the view with personal data masked for whoever may not
 * read it in full. Everything else of an action is the kernel's.
 */
@ApplicationScoped
public class WageComplaintService extends CaseTypeService<WageComplaintView, WageActionRequest> {

    private final WagesConfig config;

    @Inject
    FieldCrypto crypto;

    @Inject
    ArrearsClusters clusters;

    public WageComplaintService(WagesWorkflow workflow, WagesConfig config) {
        super(workflow.definition(), WageActionRequest.EMPTY);
        this.config = config;
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
        LocalDate today = caseClock.today();
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
        CaseFile caseFile = runner.open(workflow(), office, user.subject(), Workflow.OWNER,
                Map.of("handlingOffice", office));
        WageComplaint complaint = new WageComplaint();
        complaint.caseFile = caseFile;
        complaint.complainant = new PersonalIdentity(request.complainant().name(), request.complainant().idNumber(),
                request.complainant().phone());
        complaint.complainantAddress = request.complainant().address();
        complaint.bankCardEncrypted = crypto.encrypt(request.complainant().bankCard());
        setEmployer(complaint, request.employer());
        setWorkplace(complaint, request.workplace());
        complaint.periodStart = request.periodStart();
        complaint.periodEnd = request.periodEnd();
        complaint.amountOwed = request.amountOwed();
        complaint.workersAffected = request.workersAffected();
        complaint.representatives = request.representatives() == null ? List.of() : request.representatives().stream()
                .map(r -> new WageComplaint.Representative(r.name(), r.phone())).toList();
        complaint.facts = request.facts();
        complaint.request = request.request();
        complaint.persist(); // linked into its arrears cluster once committed (ArrearsLinker)
        return new Versioned<>(view(caseFile, complaint), caseFile.version);
    }

    /**
     * A complaint case the office opens itself from an anonymous report (依职权, ex officio): no complainant, the
     * report's employer, workplace and description; it refers to the report and waits for acceptance like any other.
     */
    @Transactional
    CaseFile openExOfficio(CaseFile reportFile, WageReport report) {
        CaseFile caseFile = runner.open(workflow(), reportFile.jurisdiction, null, Roles.LABOUR_INSPECTOR,
                Map.of("handlingOffice", reportFile.jurisdiction, "fromReport", reportFile.trackingNumber));
        caseFile.relatedCaseId = reportFile.id;
        WageComplaint complaint = new WageComplaint();
        complaint.caseFile = caseFile;
        setEmployer(complaint, new Employer(report.employerName, null, report.employerAddress, null));
        setWorkplace(complaint, new Workplace(report.workDistrict, report.workAddress, report.construction,
                report.cityGovernmentLed, report.projectName, null));
        complaint.workersAffected = report.workersAffected != null ? report.workersAffected : 1;
        complaint.representatives = List.of();
        complaint.facts = report.description;
        complaint.request = "依职权查处（来自匿名举报 " + reportFile.trackingNumber + "）";
        complaint.persist();
        return caseFile;
    }

    private static void setEmployer(WageComplaint complaint, Employer employer) {
        complaint.employerName = employer.name();
        complaint.employerCreditCode = employer.creditCode();
        complaint.employerAddress = employer.address();
        complaint.employerLegalRepresentative = employer.legalRepresentative();
    }

    private static void setWorkplace(WageComplaint complaint, Workplace workplace) {
        complaint.workDistrict = workplace.district();
        complaint.workAddress = workplace.address();
        complaint.construction = workplace.construction();
        complaint.cityGovernmentLed = workplace.cityGovernmentLed();
        complaint.projectName = workplace.projectName();
        complaint.generalContractor = workplace.generalContractor();
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

    public Page<WageComplaintSummary> list(ListFilter filter, PageRequest page) {
        Page<Map.Entry<Long, WageComplaintSummary>> rows = list(filter, page, WageComplaint.class,
                (row, w) -> Map.entry(row.file().id, new WageComplaintSummary(row.file().trackingNumber,
                        row.file().status, row.file().jurisdiction, w.employerName, w.workDistrict, w.amountOwed,
                        w.workersAffected, limitationRisk(row.file(), w), row.deadline(), row.file().assigneeName,
                        row.file().createdAt, null)));
        return withClusters(rows, WageComplaintSummary::withCluster);
    }

    /** Officers see each row's cluster (one query for the page); workers do not. */
    <S> Page<S> withClusters(Page<Map.Entry<Long, S>> rows, java.util.function.BiFunction<S, ClusterView, S> with) {
        Map<Long, ClusterView> found = user.hasRole(Roles.LABOUR_INSPECTOR)
                ? clusters.forCases(rows.items().stream().map(Map.Entry::getKey).toList()) : Map.of();
        return new Page<>(rows.items().stream().map(row -> with.apply(row.getValue(), found.get(row.getKey())))
                .toList(), rows.page(), rows.size(), rows.hasNext(), rows.totalItems());
    }

    /** After any outcome but an order to pay, there is no second one. */
    @Override
    public Refusal refusal(CaseFile file, Step step) {
        if (step.action().equals(WagesWorkflow.RECORD_OUTCOME) && WagesWorkflow.OUTCOME_RECORDED.equals(file.status)
                && WageComplaint.<WageComplaint>findById(file.id).outcome != Outcome.ORDERED_TO_PAY) {
            return new Refusal("ACTION_NOT_ALLOWED_NOW", step.action(), file.status);
        }
        return null;
    }

    @Override
    public void check(CaseFile file, Step step, WageActionRequest input, List<Violation> problems) {
        WageComplaint complaint = WageComplaint.findById(file.id);
        switch (step.action()) {
            case WagesWorkflow.REFUSE -> {
                if (input.reasonCode() == null) {
                    problems.add(new Violation("reasonCode", "REQUIRED_FOR_ACTION"));
                } else {
                    checkRefusalReason(file, complaint, input.reasonCode(), problems);
                }
            }
            case WagesWorkflow.RECORD_OUTCOME -> {
                if (input.outcome() == null) {
                    problems.add(new Violation("outcome", "REQUIRED_FOR_ACTION"));
                    return;
                }
                if (input.outcome() == Outcome.RESOLVED && input.amountRecovered() == null) {
                    problems.add(new Violation("amountRecovered", "REQUIRED_FOR_ACTION"));
                }
                if (input.outcome() == Outcome.ORDERED_TO_PAY && input.amountOrdered() == null) {
                    problems.add(new Violation("amountOrdered", "REQUIRED_FOR_ACTION"));
                }
                checkOutcomeSequence(complaint, input.outcome(), problems);
            }
            default -> {
                // The other actions have nothing of the complaint's own to check.
            }
        }
    }

    @Override
    public void apply(CaseFile file, Step step, WageActionRequest input, Map<String, Object> details) {
        WageComplaint complaint = WageComplaint.findById(file.id);
        if (step.action().equals(WagesWorkflow.REFUSE)) {
            complaint.refusalReason = input.reasonCode();
            details.put("reasonCode", input.reasonCode());
        } else if (step.action().equals(WagesWorkflow.RECORD_OUTCOME)) {
            complaint.outcome = input.outcome();
            complaint.amountRecovered = input.amountRecovered();
            if (input.amountOrdered() != null) {
                complaint.amountOrdered = input.amountOrdered();
            }
            details.put("outcome", input.outcome());
            // The sequel of an order keeps the amount that was ordered.
            putIfPresent(details, "amountOrdered", complaint.amountOrdered);
            putIfPresent(details, "amountRecovered", input.amountRecovered());
        }
    }

    /**
     * A refusal's reason must hold on the record: the limitation only when the arrears ended more than the
     * limitation period before filing (劳动保障监察条例 Art 20); "employer not identifiable" only after the worker
     * was asked to supplement (补正) and was not able to.
     */
    private void checkRefusalReason(CaseFile file, WageComplaint complaint, RefusalReason reason,
            List<Violation> problems) {
        String refused = switch (reason) {
            case LIMITATION_EXPIRED -> limitationRisk(file, complaint) ? null : "LIMITATION_NOT_EXPIRED";
            case EMPLOYER_NOT_IDENTIFIABLE -> runner.hasTaken(file, "REQUEST_SUPPLEMENT") ? null
                    : "SUPPLEMENT_NOT_REQUESTED";
            default -> null;
        };
        if (refused != null) {
            problems.add(new Violation("reasonCode", refused, reason));
        }
    }

    /**
     * Outcomes follow the law's order: a referral to the police for refusing to pay wages (刑法 Art 276-1) needs an
     * earlier order to pay that the employer did not obey; after an order, only its sequel may be recorded (paid,
     * police, arbitration or court).
     */
    private static void checkOutcomeSequence(WageComplaint complaint, Outcome outcome, List<Violation> problems) {
        boolean afterOrder = complaint.outcome == Outcome.ORDERED_TO_PAY;
        if (outcome == Outcome.REFERRED_TO_POLICE && !afterOrder) {
            problems.add(new Violation("outcome", "POLICE_NEEDS_ORDER_TO_PAY", outcome));
        } else if (afterOrder && (outcome == Outcome.ORDERED_TO_PAY || outcome == Outcome.NOT_WITHIN_SCOPE)) {
            problems.add(new Violation("outcome", "NOT_A_SEQUEL_OF_ORDER", outcome));
        }
    }

    private boolean limitationRisk(CaseFile caseFile, WageComplaint complaint) {
        if (complaint.periodEnd == null) {
            return false;
        }
        LocalDate filed = caseFile.createdAt.atZone(PortalTime.ZONE).toLocalDate();
        return complaint.periodEnd.plusYears(config.limitationYears()).isBefore(filed);
    }

    OfficeView office(String jurisdiction) {
        Jurisdiction j = referenceData.jurisdiction(jurisdiction);
        return new OfficeView(j.code, j.nameZh + "劳动保障监察", j.nameEn + " Labour Inspection");
    }

    @Override
    protected WageComplaintView view(CaseFile file) {
        return view(file, WageComplaint.findById(file.id));
    }

    private WageComplaintView view(CaseFile c, WageComplaint w) {
        boolean full = access.isOwner(c) || access.isHandlingOffice(workflow(), c);
        boolean exOfficio = w.complainant == null;
        ComplainantView complainant = null;
        if (!exOfficio) {
            String bankCard = crypto.decrypt(w.bankCardEncrypted);
            PersonalIdentity shown = w.complainant.shownTo(full);
            complainant = new ComplainantView(shown.name, shown.idNumber, shown.phone, w.complainantAddress,
                    full ? bankCard : Masking.bankCard(bankCard));
        }
        List<RepresentativeView> representatives = w.representatives == null ? List.of() : w.representatives.stream()
                .map(r -> new RepresentativeView(r.name(), full ? r.phone() : Masking.phone(r.phone()))).toList();
        String fromReport = c.relatedCaseId == null || access.isOwner(c) ? null
                : CaseFile.<CaseFile>findById(c.relatedCaseId).trackingNumber;
        return new WageComplaintView(c.trackingNumber, c.status, office(c.jurisdiction), c.createdAt, c.updatedAt,
                complainant,
                new Employer(w.employerName, w.employerCreditCode, w.employerAddress, w.employerLegalRepresentative),
                new Workplace(w.workDistrict, w.workAddress, w.construction, w.cityGovernmentLed, w.projectName,
                        w.generalContractor),
                w.periodStart, w.periodEnd, w.amountOwed, w.workersAffected, representatives, w.facts, w.request,
                limitationRisk(c, w), caseClock.view(c), c.assigneeName, exOfficio, fromReport, c.missingItems,
                w.refusalReason, w.outcome, w.amountRecovered, w.amountOrdered, allowedActions(c),
                user.hasRole(Roles.LABOUR_INSPECTOR) ? clusters.forCases(List.of(c.id)).get(c.id) : null);
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
