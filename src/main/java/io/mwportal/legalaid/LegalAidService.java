package io.mwportal.legalaid;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import io.mwportal.legalaid.LegalAidEnums.RefusalReason;
import io.mwportal.legalaid.LegalAidViews.ApplicantView;
import io.mwportal.legalaid.LegalAidViews.Hardship;
import io.mwportal.legalaid.LegalAidViews.LegalAidActionRequest;
import io.mwportal.legalaid.LegalAidViews.LegalAidApplication;
import io.mwportal.legalaid.LegalAidViews.LegalAidSummary;
import io.mwportal.legalaid.LegalAidViews.LegalAidView;
import io.mwportal.legalaid.LegalAidViews.Lawyer;
import io.mwportal.legalaid.LegalAidViews.MeansTestView;
import io.mwportal.legalaid.LegalAidViews.NextDeadline;
import io.mwportal.legalaid.LegalAidViews.OfficeView;
import io.mwportal.legalaid.LegalAidViews.OpposingParty;
import io.mwportal.legalaid.LegalAidViews.RefusalView;
import io.mwportal.platform.calendar.WorkingDayCalendar;
import io.mwportal.platform.error.ProblemException;
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.privacy.PersonalIdentity;
import io.mwportal.platform.reference.Jurisdiction;
import io.mwportal.platform.reference.ReferenceDataService;
import io.mwportal.platform.security.CurrentUser;
import io.mwportal.platform.web.Versioned;

/**
 * Legal-aid requests on the case kernel (docs/rules.md, "Legal aid"): the green channel, urgency, the reference to the
 * applicant's own wage complaint, and the request's own fields of provisional aid, the lawyer, a refusal with the
 * right to object, and the outcome. Everything else of an action is the kernel's.
 */
@ApplicationScoped
public class LegalAidService extends CaseTypeService<LegalAidView, LegalAidActionRequest> {

    /** The case type of wage complaints, which a request may name (a name in the data, not the wages feature). */
    static final String WAGE_COMPLAINT = "WAGE_COMPLAINT";

    /** 法律援助法 Art 42(4): a migrant worker claiming pay or work-injury damages is not means-tested. */
    static final String GREEN_CHANNEL = "ART_42_4";

    @Inject
    LegalAidConfig config;

    @Inject
    WorkingDayCalendar calendar;

    public LegalAidService(LegalAidWorkflow workflow) {
        super(workflow.definition(), LegalAidActionRequest.EMPTY);
    }

    @Transactional
    public Versioned<LegalAidView> submit(LegalAidApplication application) {
        LocalDate today = caseClock.today();
        MatterType matter = application.matterType();
        List<Violation> errors = new ArrayList<>();
        if (!referenceData.jurisdictionExists(application.district())) {
            errors.add(new Violation("district", "UNKNOWN_JURISDICTION", application.district()));
        }
        if (matter.claimsAmount() && application.amountClaimed() == null) {
            errors.add(new Violation("amountClaimed", "REQUIRED_FOR_MATTER", matter));
        }
        if (!matter.greenChannel() && application.hardship() == null) {
            errors.add(new Violation("hardship", "REQUIRED_OUTSIDE_GREEN_CHANNEL", matter));
        }
        NextDeadline next = application.nextDeadline();
        if (next != null && next.date().isBefore(today)) {
            errors.add(new Violation("nextDeadline.date", "IN_PAST"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.withErrors(422, "LEGAL_AID_INVALID", errors);
        }
        // Someone else's complaint (or none) is a 404, like any case that is not the caller's; nothing is stored.
        CaseFile complaint = application.wageComplaint() == null ? null
                : access.ownCase(WAGE_COMPLAINT, application.wageComplaint());
        boolean urgent = next != null && ChronoUnit.DAYS.between(today, next.date()) < config.urgentWithinDays();
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("handlingOffice", application.district());
        details.put("matterType", matter);
        if (urgent) {
            details.put("urgent", true);
        }
        CaseFile file = runner.open(workflow(), application.district(), user.subject(), Workflow.OWNER, details);
        file.urgent = urgent;
        file.relatedCaseId = complaint == null ? null : complaint.id;
        LegalAidRequest request = new LegalAidRequest();
        request.caseFile = file;
        request.applicant = new PersonalIdentity(application.applicant().name(), application.applicant().idNumber(),
                application.applicant().phone());
        request.matterType = matter;
        request.opposingPartyName = application.opposingParty().name();
        request.opposingPartyCreditCode = application.opposingParty().creditCode();
        request.amountClaimed = application.amountClaimed();
        request.facts = application.facts();
        request.request = application.request();
        request.nextDeadline = next == null ? null : next.date();
        request.nextDeadlineKind = next == null ? null : next.kind();
        request.meansTestExempt = matter.greenChannel();
        Hardship declared = application.hardship();
        if (declared != null && !matter.greenChannel()) {
            request.hardship = new HardshipDeclaration(declared.householdSize(), declared.monthlyHouseholdIncome(),
                    declared.statement());
        }
        request.persist();
        return new Versioned<>(view(file, request), file.version);
    }

    public Page<LegalAidSummary> list(ListFilter filter, PageRequest page) {
        return list(filter, page, LegalAidRequest.class, (row, r) -> new LegalAidSummary(row.file().trackingNumber,
                row.file().status, row.file().jurisdiction, r.matterType, r.opposingPartyName, row.file().urgent,
                r.provisional, row.deadline(), row.file().assigneeName, row.file().createdAt));
    }

    /** Provisional aid only for urgent requests (Art 44); an objection only within its period (Art 49). */
    @Override
    public Refusal refusal(CaseFile file, Step step) {
        if (step.action().equals(LegalAidWorkflow.GRANT_PROVISIONAL) && !file.urgent) {
            return new Refusal("NOT_URGENT");
        }
        if (step.action().equals(LegalAidWorkflow.OBJECT)) {
            RefusalDecision refusal = LegalAidRequest.<LegalAidRequest>findById(file.id).refusal;
            if (refusal != null && caseClock.today().isAfter(refusal.objectionDue)) {
                return new Refusal("OBJECTION_PERIOD_OVER", refusal.objectionDue.toString());
            }
        }
        return null;
    }

    @Override
    public void check(CaseFile file, Step step, LegalAidActionRequest input, List<Violation> problems) {
        switch (step.action()) {
            case LegalAidWorkflow.ASSIGN_LAWYER -> require(problems, input.lawyer() != null, "lawyer");
            case LegalAidWorkflow.RECORD_OUTCOME -> require(problems, input.outcome() != null, "outcome");
            case LegalAidWorkflow.REFUSE -> {
                require(problems, input.reasonCode() != null, "reasonCode");
                if (input.reasonCode() == RefusalReason.MEANS_NOT_MET
                        && LegalAidRequest.<LegalAidRequest>findById(file.id).meansTestExempt) {
                    problems.add(new Violation("reasonCode", "GREEN_CHANNEL_NOT_MEANS_TESTED", input.reasonCode()));
                }
            }
            default -> {
                // The other actions have nothing of the request's own to check.
            }
        }
    }

    @Override
    public void apply(CaseFile file, Step step, LegalAidActionRequest input, Map<String, Object> details) {
        LegalAidRequest request = LegalAidRequest.findById(file.id);
        switch (step.action()) {
            case LegalAidWorkflow.GRANT_PROVISIONAL -> {
                request.provisional = true;
                details.put("provisional", true);
            }
            case LegalAidWorkflow.ASSIGN_LAWYER -> {
                Lawyer lawyer = input.lawyer();
                request.lawyerKind = lawyer.kind();
                request.lawyerName = lawyer.name();
                request.lawyerOrganisation = lawyer.organisation();
                request.lawyerPhone = lawyer.phone();
                details.put("lawyer", lawyer.name() + "（" + lawyer.organisation() + "）");
            }
            case LegalAidWorkflow.REFUSE -> {
                // The applicant is told of the right to object and until when (a day off moves it to the next
                // working day, 民法典 Art 203).
                LocalDate objectUntil = calendar.addNaturalDays(caseClock.today(), config.objectionPeriodDays()).date();
                request.refusal = new RefusalDecision(input.reasonCode(), input.note(), objectUntil);
                details.put("reasonCode", input.reasonCode());
                details.put("objectUntil", objectUntil.toString());
            }
            case LegalAidWorkflow.RECORD_OUTCOME -> {
                request.outcome = input.outcome();
                request.amountObtained = input.amountObtained();
                details.put("outcome", input.outcome());
                if (input.amountObtained() != null) {
                    details.put("amountObtained", input.amountObtained().toString());
                }
            }
            default -> {
                // The kernel did all of it.
            }
        }
    }

    @Override
    protected LegalAidView view(CaseFile file) {
        return view(file, LegalAidRequest.findById(file.id));
    }

    private LegalAidView view(CaseFile c, LegalAidRequest r) {
        boolean full = access.isOwner(c) || access.isHandlingOffice(workflow(), c);
        PersonalIdentity shown = r.applicant.shownTo(full);
        ApplicantView applicant = new ApplicantView(shown.name, shown.idNumber, shown.phone);
        String complaint = c.relatedCaseId == null ? null : CaseFile.<CaseFile>findById(c.relatedCaseId).trackingNumber;
        MeansTestView meansTest = r.meansTestExempt
                ? new MeansTestView(false, GREEN_CHANNEL, "法律援助法第四十二条第（四）项：进城务工人员请求支付劳动报酬或者"
                        + "工伤事故人身损害赔偿的，免予核查经济困难状况")
                : new MeansTestView(true, null, null);
        Hardship hardship = r.hardship == null ? null
                : new Hardship(r.hardship.householdSize, r.hardship.monthlyHouseholdIncome, r.hardship.statement);
        Lawyer lawyer = r.lawyerName == null ? null
                : new Lawyer(r.lawyerKind, r.lawyerName, r.lawyerOrganisation, r.lawyerPhone);
        RefusalView refusal = null;
        if (r.refusal != null) {
            boolean mayObject = LegalAidWorkflow.Status.REFUSED.name().equals(c.status)
                    && !caseClock.today().isAfter(r.refusal.objectionDue) && !runner.hasTaken(c, "OBJECT");
            refusal = new RefusalView(r.refusal.reason, r.refusal.note, r.refusal.objectionDue, mayObject);
        }
        NextDeadline next = r.nextDeadline == null ? null : new NextDeadline(r.nextDeadline, r.nextDeadlineKind);
        return new LegalAidView(c.trackingNumber, c.status, office(c.jurisdiction), c.createdAt, c.updatedAt, applicant,
                r.matterType, new OpposingParty(r.opposingPartyName, r.opposingPartyCreditCode), r.amountClaimed,
                r.facts, r.request, next, c.urgent, r.provisional, complaint, meansTest, hardship, caseClock.view(c),
                c.assigneeName, lawyer, refusal, c.missingItems, r.outcome, r.amountObtained, allowedActions(c));
    }

    private OfficeView office(String jurisdiction) {
        Jurisdiction j = referenceData.jurisdiction(jurisdiction);
        return new OfficeView(j.code, j.nameZh + "法律援助中心", j.nameEn + " Legal Aid Centre");
    }

    private static void require(List<Violation> problems, boolean present, String field) {
        if (!present) {
            problems.add(new Violation(field, "REQUIRED_FOR_ACTION"));
        }
    }
}
