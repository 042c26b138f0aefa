package io.mwportal.wages;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.mwportal.platform.web.RateLimiter;
import io.mwportal.wages.WageViews.WageReportReceipt;
import io.mwportal.wages.WageViews.WageReportRequest;

/**
 * Anonymous reports (举报): routed like complaints, stored without anything about the reporter, and not tracked.
 * The rate limit counts a pseudonym of the client's address (a keyed hash that changes daily), never the address.
 */
@ApplicationScoped
public class WageReportService {

    @Inject
    WageComplaintService complaints;

    @Inject
    RateLimiter rateLimiter;

    @Inject
    Clock clock;

    @ConfigProperty(name = "portal.wages.reports-per-client", defaultValue = "10")
    int reportsPerClient;

    @ConfigProperty(name = "portal.wages.reports-window", defaultValue = "PT1H")
    Duration reportsWindow;

    /**
     * Stores the report if the client is within its limit (429 otherwise). The count is part of this transaction: a
     * refused or failed report does not use up the client's allowance.
     */
    @Transactional
    public WageReportReceipt report(WageReportRequest request, String clientPseudonym) {
        rateLimiter.acquire("wage-reports", clientPseudonym, reportsPerClient, reportsWindow);
        complaints.validateWorkplace(request.workplace(), "workplace");
        WageReport report = new WageReport();
        report.receivedAt = Instant.now(clock);
        report.jurisdiction = WageComplaintService.route(request.workplace());
        report.employerName = request.employer().name();
        report.employerAddress = request.employer().address();
        report.workDistrict = request.workplace().district();
        report.workAddress = request.workplace().address();
        report.construction = request.workplace().construction();
        report.cityGovernmentLed = request.workplace().cityGovernmentLed();
        report.projectName = request.workplace().projectName();
        report.workersAffected = request.workersAffected();
        report.description = request.description();
        report.persist();
        return new WageReportReceipt(report.receivedAt, complaints.office(report.jurisdiction));
    }
}
