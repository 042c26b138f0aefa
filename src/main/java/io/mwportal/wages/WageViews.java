package io.mwportal.wages;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import com.fasterxml.jackson.annotation.JsonFormat;

import io.mwportal.platform.validation.PlausibleDate;
import io.mwportal.casework.CaseActionInput;
import io.mwportal.casework.CaseView;
import io.mwportal.casework.CaseViews.DeadlineView;
import io.mwportal.platform.validation.BankCard;
import io.mwportal.platform.validation.IdNumber;
import io.mwportal.platform.validation.MobilePhone;
import io.mwportal.platform.validation.UnifiedSocialCreditCode;

/** API records of wage complaints and reports (never the entities). Money is a decimal string in yuan. */
public final class WageViews {

    private WageViews() {
    }

    @Schema(name = "WageComplaintRequest", examples = """
            {"complainant": {"name": "王强", "idNumber": "21070219900101123X", "phone": "13800138000",
                             "address": "锦州市古塔区北一里", "bankCard": "6222021234567890123"},
             "employer": {"name": "锦州某建筑劳务有限公司", "creditCode": "91210700MA0Y0D6U42",
                          "address": "锦州市古塔区士英街 1 号", "legalRepresentative": "赵某"},
             "workplace": {"district": "210702", "address": "古塔区某小区 3 号楼工地", "construction": true,
                           "cityGovernmentLed": false, "projectName": "某小区 3 号楼", "generalContractor": "某建工集团"},
             "periodStart": "2026-03-01", "periodEnd": "2026-10-31", "amountOwed": "36000.00",
             "workersAffected": 1, "representatives": [],
             "facts": "2026 年 3 月至 10 月在工地做钢筋工，约定日薪 300 元，工资一直未结。",
             "request": "要求用人单位支付拖欠工资 36000 元。"}""")
    public record WageComplaintRequest(
            @NotNull @Valid Complainant complainant,
            @NotNull @Valid Employer employer,
            @NotNull @Valid Workplace workplace,
            @NotNull @PlausibleDate LocalDate periodStart,
            @NotNull @PlausibleDate LocalDate periodEnd,
            @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2)
            @Schema(type = SchemaType.STRING, maxLength = 15, examples = "36000.00") BigDecimal amountOwed,
            @NotNull @Min(1) @Max(100_000) Integer workersAffected,
            @Size(max = 5) List<@NotNull @Valid RepresentativeRequest> representatives,
            @NotBlank @Size(max = 4000) String facts,
            @NotBlank @Size(max = 1000) String request) {
    }

    @Schema(name = "WageComplainant")
    public record Complainant(
            @NotBlank @Size(max = 50) String name,
            @NotNull @IdNumber String idNumber,
            @NotNull @MobilePhone String phone,
            @Size(max = 200) String address,
            @BankCard @Schema(description = "Card for the wages to be paid to; stored encrypted") String bankCard) {
    }

    @Schema(name = "WageEmployer")
    public record Employer(
            @NotBlank @Size(max = 200) String name,
            @UnifiedSocialCreditCode @Schema(description = "Unified social credit code, if known") String creditCode,
            @NotBlank @Size(max = 200) String address,
            @Size(max = 50) String legalRepresentative) {
    }

    @Schema(name = "WageWorkplace")
    public record Workplace(
            @NotNull @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6, description = "Jurisdiction code where the work is", examples = "210702")
            String district,
            @NotBlank @Size(max = 200) String address,
            @NotNull Boolean construction,
            @NotNull @Schema(description = "A project led by the city government: handled by city labour inspection")
            Boolean cityGovernmentLed,
            @Size(max = 200) @Schema(description = "Required for construction work") String projectName,
            @Size(max = 200) @Schema(description = "Required for construction work") String generalContractor) {
    }

    @Schema(name = "WageRepresentativeView", description = "The phone is masked for a supervising office")
    public record RepresentativeView(String name, String phone) {
    }

    @Schema(name = "WageRepresentative")
    public record RepresentativeRequest(@NotBlank @Size(max = 50) String name, @NotNull @MobilePhone String phone) {
    }

    @Schema(name = "WageComplaintAction", description = "Body of POST …/actions/{action}; each action names what it needs: "
            + "request-supplement: missingItems; refuse: reasonCode and note; transfer: toJurisdiction and note; "
            + "extend: note; record-outcome: outcome (+ amountRecovered for RESOLVED, amountOrdered for ORDERED_TO_PAY); "
            + "supplement: note. Others: an optional note.", examples = """
            {"note": "材料齐全，予以受理"}""")
    public record WageActionRequest(
            @Size(max = 2000) String note,
            RefusalReason reasonCode,
            @Size(max = 20) List<@NotBlank @Size(max = 200) String> missingItems,
            @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String toJurisdiction,
            Outcome outcome,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 15) BigDecimal amountRecovered,
            @DecimalMin("0") @Digits(integer = 12, fraction = 2) @Schema(type = SchemaType.STRING, maxLength = 15) BigDecimal amountOrdered)
            implements CaseActionInput {

        static final WageActionRequest EMPTY = new WageActionRequest(null, null, null, null, null, null, null);
    }

    @Schema(name = "WageReportAction", description = "Body of POST /api/v1/wage-reports/{trackingNumber}/actions/{action}: "
            + "open-case: an optional note (opens a complaint case ex officio, the reporter stays anonymous); close: "
            + "reasonCode and note; transfer: toJurisdiction and note.", examples = """
            {"reasonCode": "NO_VIOLATION_FOUND", "note": "经核查，该店已于本月初足额支付工资"}""")
    public record ReportActionRequest(
            @Size(max = 2000) String note,
            ReportCloseReason reasonCode,
            @Pattern(regexp = "\\d{6}") @Schema(maxLength = 6) String toJurisdiction) implements CaseActionInput {

        static final ReportActionRequest EMPTY = new ReportActionRequest(null, null, null);
    }

    @Schema(name = "Office", description = "The labour-inspection office of a jurisdiction")
    public record OfficeView(@Schema(examples = "210702") String jurisdiction, String nameZh, String nameEn) {
    }

    @Schema(name = "WageComplaint")
    public record WageComplaintView(
            @Schema(examples = "WC-2026-7K3M-9QXD") String trackingNumber,
            @Schema(examples = "SUBMITTED") String status,
            @Schema(description = "The office handling the complaint") OfficeView handlingOffice,
            Instant createdAt,
            Instant updatedAt,
            ComplainantView complainant,
            Employer employer,
            Workplace workplace,
            LocalDate periodStart,
            LocalDate periodEnd,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal amountOwed,
            int workersAffected,
            List<RepresentativeView> representatives,
            String facts,
            String request,
            @Schema(description = "The arrears ended more than 2 years before filing: the limitation period may have run")
            boolean limitationRisk,
            @Schema(description = "The clock of the current step; absent when none runs") DeadlineView deadline,
            @Schema(description = "The inspector handling it") String assignee,
            @Schema(description = "Opened by the office itself from a report: no complainant") boolean exOfficio,
            @Schema(description = "The report it was opened from (officers only)", examples = "WR-2026-7K3M-9QXD")
            String fromReport,
            List<String> missingItems,
            RefusalReason refusalReason,
            Outcome outcome,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal amountRecovered,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal amountOrdered,
            @Schema(description = "What the caller may do next (action names for POST …/actions/{action})")
            List<String> allowedActions,
            @Schema(description = "Officers: the other filings against the same employer, project or contractor in "
                    + "the window (GET /api/v1/wage-clusters/{id}); absent when there are none") ClusterView cluster)
            implements CaseView {
    }

    @Schema(name = "WageComplainantView", description = "ID number, phone and bank card are masked unless the caller is "
            + "the complainant or the handling office; absent for a case opened ex officio")
    public record ComplainantView(String name, String idNumber, String phone, String address, String bankCard) {
    }

    @Schema(name = "WageComplaintSummary", description = "A row of a worker's list or an office queue")
    public record WageComplaintSummary(
            String trackingNumber,
            String status,
            String handlingOffice,
            String employerName,
            String workDistrict,
            @JsonFormat(shape = JsonFormat.Shape.STRING) @Schema(type = SchemaType.STRING) BigDecimal amountOwed,
            int workersAffected,
            boolean limitationRisk,
            DeadlineView deadline,
            String assignee,
            Instant createdAt,
            @Schema(description = "Officers: the other filings against the same employer, project or contractor in "
                    + "the window; absent when there are none") ClusterView cluster) {

        WageComplaintSummary withCluster(ClusterView cluster) {
            return new WageComplaintSummary(trackingNumber, status, handlingOffice, employerName, workDistrict,
                    amountOwed, workersAffected, limitationRisk, deadline, assignee, createdAt, cluster);
        }
    }

    @Schema(name = "WageArrearsCluster", description = "Complaints and reports naming the same employer (credit code "
            + "or name written any way), construction project or general contractor within the window (90 days)")
    public record ClusterView(
            long id,
            @Schema(description = "Complaints and reports in the window") long filings,
            long complaints,
            long reports,
            @Schema(description = "Workers the filings say are affected") long workers,
            @Schema(description = "Yuan owed, as the complaints claim", examples = "360000.00") String amountOwed,
            @Schema(description = "Offices handling its filings", examples = "[\"210702\", \"210711\"]")
            List<String> offices,
            @Schema(description = "Thresholds it crossed, each warned once: COMPLAINTS, WORKERS, AMOUNT")
            List<String> warnings) {
    }

    @Schema(name = "WageReportRequest", description = "An anonymous report: nothing about the reporter", examples = """
            {"employer": {"name": "锦州某餐饮有限公司", "address": "锦州市太和区某路 8 号"},
             "workplace": {"district": "210711", "address": "太和区某路 8 号", "construction": false,
                           "cityGovernmentLed": false},
             "workersAffected": 12, "description": "该店拖欠十余名服务员三个月工资。"}""")
    public record WageReportRequest(
            @NotNull @Valid Employer employer,
            @NotNull @Valid Workplace workplace,
            @Min(1) @Max(100_000) Integer workersAffected,
            @NotBlank @Size(max = 4000) String description) {
    }

    @Schema(name = "WageReportReceipt", description = "There is no tracking for anonymous reports")
    public record WageReportReceipt(Instant receivedAt, OfficeView handlingOffice) {
    }

    @Schema(name = "WageReport", description = "An anonymous report as the office handles it: nothing about the reporter")
    public record WageReportView(
            @Schema(examples = "WR-2026-7K3M-9QXD") String trackingNumber,
            @Schema(examples = "RECEIVED") String status,
            OfficeView handlingOffice,
            Instant receivedAt,
            Employer employer,
            Workplace workplace,
            Integer workersAffected,
            String description,
            @Schema(description = "The inspector handling it") String assignee,
            @Schema(description = "The complaint case opened from it ex officio") String complaintTrackingNumber,
            @Schema(description = "Why it was closed without a case") ReportCloseReason closeReason,
            List<String> allowedActions) implements CaseView {
    }

    @Schema(name = "WageReportSummary", description = "A row of an office's report queue")
    public record WageReportSummary(String trackingNumber, String status, String handlingOffice, String employerName,
            String workDistrict, Integer workersAffected, String assignee, Instant receivedAt,
            @Schema(description = "The other filings against the same employer or project in the window")
            ClusterView cluster) {

        WageReportSummary withCluster(ClusterView cluster) {
            return new WageReportSummary(trackingNumber, status, handlingOffice, employerName, workDistrict,
                    workersAffected, assignee, receivedAt, cluster);
        }
    }

    @Schema(name = "WageArrearsClusterDetail", description = "A cluster as an office sees it: its own cases by "
            + "tracking number, other offices' only as counts")
    public record ClusterDetailView(
            ClusterView cluster,
            @Schema(description = "The employer names the office's own filings use (city level: all)")
            List<String> employerNames,
            @Schema(description = "The caller's office's filings (city level: all)") List<ClusterMemberView> cases,
            @Schema(description = "Filings by office") java.util.Map<String, Long> filingsByOffice) {
    }

    @Schema(name = "WageArrearsClusterCase")
    public record ClusterMemberView(
            @Schema(examples = "WC-2026-7K3M-9QXD") String trackingNumber,
            @Schema(description = "COMPLAINT or REPORT") String kind,
            String status,
            @Schema(examples = "210702") String handlingOffice,
            Instant filedAt) {
    }

    @Schema(name = "ArrearsListEntryRequest", description = "A name for the list of employers named for serious wage "
            + "arrears (拖欠农民工工资失信联合惩戒对象名单)", examples = """
            {"employerName": "锦州某建筑劳务有限公司", "creditCode": "91210700MA0Y0D6U42", "includedOn": "2026-11-02",
             "legalBasis": "保障农民工工资支付条例第四十八条；拖欠农民工工资失信联合惩戒对象名单管理暂行办法第五条",
             "reason": "克扣、无故拖欠农民工工资达到认定拒不支付劳动报酬罪数额标准"}""")
    public record ArrearsListRequest(
            @NotBlank @Size(max = 200) String employerName,
            @UnifiedSocialCreditCode String creditCode,
            @NotNull @PlausibleDate LocalDate includedOn,
            @NotBlank @Size(max = 500) String legalBasis,
            @NotBlank @Size(max = 2000) String reason) {
    }

    @Schema(name = "ArrearsListRemoval", examples = """
            {"reason": "已足额支付拖欠工资并作出信用承诺"}""")
    public record ArrearsListRemoval(@NotBlank @Size(max = 500) String reason) {
    }

    @Schema(name = "ArrearsListEntry", description = "A name on the list; the public sees those LISTED today, without "
            + "removal details")
    public record ArrearsListEntryView(
            long id,
            String employerName,
            String creditCode,
            LocalDate includedOn,
            String legalBasis,
            String reason,
            @Schema(description = "The day the name leaves the list unless removed earlier (inclusion + 3 years)")
            LocalDate removalDue,
            ArrearsListEntry.State state,
            LocalDate removedOn,
            String removalReason) {
    }

    @Schema(name = "EmployerRecord", description = "An employer's compliance record: its complaints by outcome, the "
            + "amounts, open orders to pay and its list entries")
    public record EmployerRecordView(
            @Schema(description = "The names its complaints use") List<String> employerNames,
            String creditCode,
            @Schema(description = "Complaints naming it") long complaints,
            long closed,
            @Schema(description = "Complaints by outcome") java.util.Map<String, Long> outcomes,
            long policeReferrals,
            @Schema(description = "Orders to pay not yet met (the case is not closed)") long openOrdersToPay,
            @Schema(examples = "72000.00") String amountOrdered,
            @Schema(examples = "36000.00") String amountRecovered,
            List<ArrearsListEntryView> listEntries) {
    }
}
