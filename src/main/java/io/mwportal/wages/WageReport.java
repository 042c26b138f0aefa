package io.mwportal.wages;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import io.mwportal.casework.CaseDetails;


/**
 * An anonymous report (举报): a lead for the office, with nothing about the reporter. The reporter tracks nothing; the
 * office handles it as a case ({@link WageReportWorkflow}), keyed by its case file (the table's own id is kept for
 * reports received before they were cases).
 */
@Entity
@Table(name = "wage_report")
public class WageReport extends CaseDetails {

    @Column(name = "received_at")
    public Instant receivedAt;

    public String jurisdiction;

    @Column(name = "employer_name")
    public String employerName;

    @Column(name = "employer_address")
    public String employerAddress;

    @Column(name = "work_district")
    public String workDistrict;

    @Column(name = "work_address")
    public String workAddress;

    public boolean construction;

    @Column(name = "city_government_led")
    public boolean cityGovernmentLed;

    @Column(name = "project_name")
    public String projectName;

    @Column(name = "workers_affected")
    public Integer workersAffected;

    public String description;

    @Enumerated(EnumType.STRING)
    @Column(name = "close_reason")
    public ReportCloseReason closeReason;
}
