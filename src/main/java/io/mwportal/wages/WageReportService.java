package io.mwportal.wages;

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
import io.mwportal.platform.error.ProblemException.Violation;
import io.mwportal.platform.paging.Page;
import io.mwportal.platform.paging.PageRequest;
import io.mwportal.platform.web.RateLimiter;
import io.mwportal.wages.WageViews.Employer;
import io.mwportal.wages.WageViews.ReportActionRequest;
import io.mwportal.wages.WageViews.WageReportReceipt;
import io.mwportal.wages.WageViews.WageReportRequest;
import io.mwportal.wages.WageViews.WageReportSummary;
import io.mwportal.wages.WageViews.WageReportView;
import io.mwportal.wages.WageViews.Workplace;

/**
 * Anonymous reports (举报): routed like complaints, stored without anything about the reporter, and handled by the
 * office as cases of their own (queue, open a complaint ex officio or close with a reason, history). The rate limit
 * counts a pseudonym of the client's address (a keyed hash that changes daily), never the address.
 */
@ApplicationScoped
public class WageReportService extends CaseTypeService<WageReportView, ReportActionRequest> {

    private final WagesConfig config;

    @Inject
    WageComplaintService complaints;

    @Inject
    RateLimiter rateLimiter;

    public WageReportService(WageReportWorkflow workflow, WagesConfig config) {
        super(workflow.definition(), ReportActionRequest.EMPTY);
        this.config = config;
    }

    /**
     * Stores the report if the client is within its limit (429 otherwise). The count is part of this transaction: a
     * refused or failed report does not use up the client's allowance.
     */
    @Transactional
    public WageReportReceipt report(WageReportRequest request, String clientPseudonym) {
        rateLimiter.acquire("wage-reports", clientPseudonym, config.reportsPerClient(), config.reportsWindow());
        complaints.validateWorkplace(request.workplace(), "workplace");
        String office = WageComplaintService.route(request.workplace());
        CaseFile file = runner.open(workflow(), office, null, "anonymous", Map.of("handlingOffice", office));
        WageReport report = new WageReport();
        report.caseFile = file;
        report.receivedAt = file.createdAt;
        report.jurisdiction = office;
        report.employerName = request.employer().name();
        report.employerAddress = request.employer().address();
        report.workDistrict = request.workplace().district();
        report.workAddress = request.workplace().address();
        report.construction = request.workplace().construction();
        report.cityGovernmentLed = request.workplace().cityGovernmentLed();
        report.projectName = request.workplace().projectName();
        report.workersAffected = request.workersAffected();
        report.description = request.description();
        report.persist(); // linked into its arrears cluster once committed (ArrearsLinker)
        return new WageReportReceipt(report.receivedAt, complaints.office(office));
    }

    public Page<WageReportSummary> list(ListFilter filter, PageRequest page) {
        return complaints.withClusters(list(filter, page, WageReport.class, (row, r) -> Map.entry(row.file().id,
                new WageReportSummary(row.file().trackingNumber, row.file().status, row.file().jurisdiction,
                        r.employerName, r.workDistrict, r.workersAffected, row.file().assigneeName, r.receivedAt,
                        null))), WageReportSummary::withCluster);
    }

    private static WageReport report(CaseFile file) {
        return WageReport.findById(file.id);
    }

    @Override
    public void check(CaseFile file, Step step, ReportActionRequest input, List<Violation> problems) {
        if (step.action().equals(WageReportWorkflow.CLOSE) && input.reasonCode() == null) {
            problems.add(new Violation("reasonCode", "REQUIRED_FOR_ACTION"));
        }
    }

    @Override
    public void apply(CaseFile file, Step step, ReportActionRequest input, Map<String, Object> details) {
        WageReport report = report(file);
        if (step.action().equals(WageReportWorkflow.OPEN_CASE)) {
            CaseFile complaint = complaints.openExOfficio(file, report);
            details.put("complaintTrackingNumber", complaint.trackingNumber);
        } else if (step.action().equals(WageReportWorkflow.CLOSE)) {
            report.closeReason = input.reasonCode();
            details.put("reasonCode", input.reasonCode());
        }
    }

    @Override
    protected WageReportView view(CaseFile file) {
        WageReport r = report(file);
        String complaint = CaseFile.<CaseFile>find("relatedCaseId = ?1 and caseType = ?2", file.id,
                WagesWorkflow.CASE_TYPE).firstResultOptional().map(c -> c.trackingNumber).orElse(null);
        return new WageReportView(file.trackingNumber, file.status, complaints.office(file.jurisdiction), r.receivedAt,
                new Employer(r.employerName, null, r.employerAddress, null),
                new Workplace(r.workDistrict, r.workAddress, r.construction, r.cityGovernmentLed, r.projectName, null),
                r.workersAffected, r.description, file.assigneeName, complaint, r.closeReason, allowedActions(file));
    }
}
