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
 * Anonymous reports (举报): routed like complaints, stored without anything about the reporter (not even the
 * client address, which is used only in memory for the rate limit), and not tracked.
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

    /** Counts the request against the client's limit (429 when over it); call before anything else. */
    public void admit(String clientAddress) {
        rateLimiter.acquire("wage-reports", clientAddress, reportsPerClient, reportsWindow);
    }

    @Transactional
    public WageReportReceipt report(WageReportRequest request) {
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
